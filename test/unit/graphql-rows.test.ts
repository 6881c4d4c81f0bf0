import { describe, expect, it } from 'vitest';
import { corroboration } from '../../src/graphql/graph/evidence.js';
import {
  articleRow,
  entityRow,
  factRow,
  precisionOf,
  toPartialDate,
  type EvidenceRow,
} from '../../src/graphql/rows.js';
import { GraphQLPartialDate, PARTIAL_DATE } from '../../src/graphql/scalars.js';
import { timePoint, timeSpan } from '../../src/graphql/shared.js';

describe('dates', () => {
  it('cuts stored dates back to the partial date the API speaks', () => {
    expect(toPartialDate('2025-07-27')).toBe('2025-07-27');
    expect(toPartialDate('2025-07')).toBe('2025-07');
    expect(toPartialDate(2025)).toBe('2025');
    expect(toPartialDate('2026-11-21T05:24:40.336Z')).toBe('2026-11-21');
    expect(toPartialDate('July 2025')).toBeNull();
    expect(toPartialDate(null)).toBeNull();
  });

  it('derives the precision from what is written', () => {
    expect(precisionOf('2025')).toBe('year');
    expect(precisionOf('2025-07')).toBe('month');
    expect(precisionOf('2025-07-27')).toBe('day');
  });

  it('makes time values only when there is a date, keeping a stated precision', () => {
    expect(timeSpan({ at: null, start: null, end: null, precision: null })).toBeNull();
    expect(timeSpan({ at: '2025-07', start: null, end: null, precision: null })).toEqual({
      at: '2025-07',
      start: null,
      end: null,
      precision: 'month',
    });
    expect(timeSpan({ at: null, start: '2024', end: null, precision: 'year' })?.precision).toBe('year');
    expect(timePoint(null, 'day')).toBeNull();
    expect(timePoint('2024-11', null)).toEqual({ date: '2024-11', precision: 'month' });
  });

  it('accepts only YYYY, YYYY-MM and YYYY-MM-DD as PartialDate', () => {
    for (const ok of ['2025', '2025-07', '2025-07-27', '1999-12-31'])
      expect(PARTIAL_DATE.test(ok)).toBe(true);
    for (const bad of ['25', '2025-13', '2025-7', '2025-07-32', '2025-07-27T00:00:00Z', 'July']) {
      expect(PARTIAL_DATE.test(bad)).toBe(false);
    }
    expect(GraphQLPartialDate.parseValue('2025-07')).toBe('2025-07');
    expect(() => GraphQLPartialDate.parseValue('2025-13')).toThrow(/PartialDate must be/);
    expect(() => GraphQLPartialDate.parseValue(2025)).toThrow(/must be a string/);
  });
});

describe('rows', () => {
  it('reads an entity with only the common properties, the rest as null', () => {
    const row = entityRow.parse({
      id: 'place/pyongyang',
      kind: 'Place',
      name: 'Pyongyang',
      aliasKeys: ['x'],
    });
    expect(row).toMatchObject({ id: 'place/pyongyang', aliases: [], placeType: null, date: null });
    expect(row).not.toHaveProperty('aliasKeys');
  });

  it('rejects an entity of an unknown kind: the statement or the data is wrong', () => {
    expect(() => entityRow.parse({ id: 'x', kind: 'Thing', name: 'X' })).toThrow();
  });

  it('keeps only a full day as the publication date', () => {
    const base = { id: 'article/1', contentHash: 'abc' };
    expect(articleRow.parse({ ...base, publishedAt: '2023-11-20' }).publishedAt).toBe('2023-11-20');
    expect(articleRow.parse({ ...base, publishedAt: '2023-11' }).publishedAt).toBeNull();
    expect(articleRow.parse(base).text).toBeNull();
  });

  it('reads fact values as text', () => {
    const fact = { id: 'f', subjectId: 's', property: 'regularAirlineCount' };
    expect(factRow.parse({ ...fact, value: 2 }).value).toBe('2');
    expect(factRow.parse({ ...fact, value: '2025-07' }).value).toBe('2025-07');
  });
});

describe('corroboration', () => {
  const ev = (articleId: string, outlet: string | null): EvidenceRow => ({
    claimId: 'c',
    article: articleRow.parse({ id: articleId, contentHash: articleId, outlet }),
    sentence: '',
    sentenceIndex: null,
    sentenceStart: null,
    quote: '',
    start: 0,
    end: 0,
  });

  it('counts articles and outlets; several quotes in one article count once', () => {
    expect(corroboration([ev('a1', 'Kommersant'), ev('a1', 'Kommersant'), ev('a2', 'Kommersant')])).toEqual({
      articles: 2,
      outlets: 1,
      outletNames: ['Kommersant'],
    });
  });

  it('counts an article of unknown outlet as its own outlet', () => {
    expect(corroboration([ev('a1', null), ev('a2', null), ev('a3', 'UNITED24 Media')])).toEqual({
      articles: 3,
      outlets: 3,
      outletNames: ['UNITED24 Media'],
    });
    expect(corroboration([])).toEqual({ articles: 0, outlets: 0, outletNames: [] });
  });
});
