import { parseValue as parseValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  GraphQLPartialDate,
  GraphQLStrictNonNegativeInt,
  GraphQLStrictPositiveInt,
  GraphQLWebURL,
  isPartialDate,
  isWebUrl,
  MAX_URL_LENGTH,
} from '../../src/graphql/scalars.js';

const literal = (text: string) => parseValueNode(text);

describe('PartialDate', () => {
  it('knows which days exist, leap years included', () => {
    for (const ok of [
      '2025',
      '2025-07',
      '2025-07-27',
      '2024-02-29',
      '2000-02-29',
      '1999-12-31',
      '2025-04-30',
    ]) {
      expect(isPartialDate(ok), ok).toBe(true);
    }
    for (const bad of ['2025-02-29', '1900-02-29', '2100-02-29', '2025-02-30', '2025-04-31', '2025-09-31']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    for (const bad of ['25', '2025-13', '2025-7', '2025-07-32', '2025-07-27T00:00:00Z', 'July', '2025-00']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });

  it('parses variables and literals alike, refusing days that do not exist', () => {
    expect(GraphQLPartialDate.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(GraphQLPartialDate.parseLiteral(literal('"2025-07"'))).toBe('2025-07');
    expect(() => GraphQLPartialDate.parseValue('2025-02-31')).toThrow(/not a day of the calendar/);
    expect(() => GraphQLPartialDate.parseLiteral(literal('"2025-02-31"'))).toThrow(
      /not a day of the calendar/,
    );
    expect(() => GraphQLPartialDate.parseValue(2025)).toThrow(/must be a string/);
    expect(() => GraphQLPartialDate.parseLiteral(literal('2025'))).toThrow(/must be a string/);
  });

  it('returns stored values that have the form', () => {
    expect(GraphQLPartialDate.serialize('2025-07')).toBe('2025-07');
    expect(() => GraphQLPartialDate.serialize('July 2025')).toThrow(/cannot represent/);
  });
});

describe('PositiveInt and NonNegativeInt', () => {
  it('take JSON integers only', () => {
    expect(GraphQLStrictPositiveInt.parseValue(10)).toBe(10);
    expect(GraphQLStrictNonNegativeInt.parseValue(0)).toBe(0);
    for (const bad of ['10', 10.5, 0, -1, true, null, Number.NaN, Infinity, 2 ** 53, '1e1']) {
      expect(() => GraphQLStrictPositiveInt.parseValue(bad), String(bad)).toThrow(
        /PositiveInt must be an integer greater than zero/,
      );
    }
    for (const bad of ['0', 0.5, -1]) {
      expect(() => GraphQLStrictNonNegativeInt.parseValue(bad), String(bad)).toThrow(
        /NonNegativeInt must be an integer of zero or more/,
      );
    }
  });

  it('take integer literals only', () => {
    expect(GraphQLStrictPositiveInt.parseLiteral(literal('7'))).toBe(7);
    for (const bad of ['"7"', '7.5', '0', '-2', '99999999999999999999', 'SEVEN']) {
      expect(() => GraphQLStrictPositiveInt.parseLiteral(literal(bad)), bad).toThrow(/PositiveInt must be/);
    }
    expect(GraphQLStrictNonNegativeInt.parseLiteral(literal('0'))).toBe(0);
  });

  it('serialise as graphql-scalars does', () => {
    expect(GraphQLStrictPositiveInt.serialize(3)).toBe(3);
    expect(() => GraphQLStrictPositiveInt.serialize(0)).toThrow();
  });
});

describe('URL', () => {
  it('takes absolute http and https addresses', () => {
    const url = GraphQLWebURL.parseValue('https://example.org/a?b=c#d');
    expect(url).toBeInstanceOf(URL);
    expect(String(url)).toBe('https://example.org/a?b=c#d');
    expect(String(GraphQLWebURL.parseLiteral(literal('"http://example.org/"')))).toBe('http://example.org/');
    expect(isWebUrl('HTTPS://EXAMPLE.ORG/')).toBe(true);
  });

  it('refuses every other scheme, relative addresses and overlong ones', () => {
    const refused = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '  javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'mailto:a@example.org',
      '//example.org/a',
      'example.org',
      `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`,
    ];
    for (const value of refused) {
      expect(isWebUrl(value), value).toBe(false);
      expect(() => GraphQLWebURL.parseValue(value), value).toThrow(/URL must/);
      expect(() => GraphQLWebURL.parseLiteral(literal(JSON.stringify(value))), value).toThrow(/URL must/);
    }
    expect(() => GraphQLWebURL.parseValue(42)).toThrow(/must be a string/);
    expect(() => GraphQLWebURL.parseLiteral(literal('42'))).toThrow(/must be a string/);
  });
});
