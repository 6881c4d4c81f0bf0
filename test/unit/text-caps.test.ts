import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { checkOperationArguments } from '../../src/graphql/input-check.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { checkText, TEXT_CAPS, TEXT_INPUTS, TEXT_SCALARS, textCap } from '../../src/graphql/text-caps.js';

const schema = buildSchema();

interface InputPlace {
  coordinate: string;
  type: GraphQLInputType;
  description: string;
  defaultValue: unknown;
}

/** Every argument and input field the schema declares, by schema coordinate. */
function inputPlaces(): InputPlace[] {
  const places: InputPlace[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          places.push({
            coordinate: `${type.name}.${field.name}(${arg.name})`,
            type: arg.type,
            description: arg.description ?? '',
            defaultValue: arg.defaultValue,
          });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        places.push({
          coordinate: `${type.name}.${field.name}`,
          type: field.type,
          description: field.description ?? '',
          defaultValue: field.defaultValue,
        });
      }
    }
  }
  return places;
}

/** The AppError `fn` throws; fails the test when it throws nothing or something else. */
function refusal(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const textPlaces = inputPlaces().filter((p) => TEXT_SCALARS.has(getNamedType(p.type).name));

describe('the text caps table and schema.graphql', () => {
  it('states every enforced cap in the description of its argument or input field', () => {
    const wrong: string[] = [];
    for (const place of textPlaces) {
      const cap = textCap(place.coordinate, getNamedType(place.type).name);
      const stated = /at most (\d+) characters/.exec(place.description)?.[1];
      if (cap === null) {
        if (!/200 KB/.test(place.description))
          wrong.push(`${place.coordinate}: article text without its byte cap`);
      } else if (stated === undefined || Number(stated) !== cap) {
        wrong.push(`${place.coordinate}: enforces ${cap}, describes ${stated ?? 'none'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('chooses a cap for every free text (ids and cursors have theirs by rule)', () => {
    const unchosen = textPlaces
      .filter((p) => getNamedType(p.type).name !== 'ID' && !p.coordinate.endsWith('(after)'))
      .filter((p) => !(p.coordinate in TEXT_INPUTS))
      .map((p) => p.coordinate);
    expect(unchosen).toEqual([]);
  });

  it('names only coordinates the schema has', () => {
    const known = new Set(textPlaces.map((p) => p.coordinate));
    expect(Object.keys(TEXT_INPUTS).filter((c) => !known.has(c))).toEqual([]);
  });

  it('makes every argument or input field with a default non-null, so null cannot stand for it', () => {
    const nullableWithDefault = inputPlaces()
      .filter((p) => p.defaultValue !== undefined && !isNonNullType(p.type))
      .map((p) => p.coordinate);
    expect(nullableWithDefault).toEqual([]);
  });

  it('has the caps the issue asks for', () => {
    expect(TEXT_CAPS).toEqual({ id: 200, name: 300, search: 500, title: 1000, prose: 2000 });
    expect(textCap('Query.entity(id)', 'ID')).toBe(200);
    expect(textCap('Query.entities(after)', 'String')).toBe(200);
    expect(textCap('IngestArticleInput.text', 'NonEmptyString')).toBeNull();
    // Something new and unlisted is still bounded.
    expect(textCap('Query.someday(text)', 'String')).toBe(2000);
  });
});

describe('checkText', () => {
  const place = { field: 'Mutation.upsertEntity', argument: 'input.name' };
  it('counts characters, not UTF-16 units', () => {
    expect(() => {
      checkText('🚆'.repeat(300), 300, place);
    }).not.toThrow();
    const error = refusal(() => {
      checkText('🚆'.repeat(301), 300, place);
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      '"input.name" of Mutation.upsertEntity must be at most 300 characters (got 301)',
    );
    expect(error.extensions).toMatchObject({ argument: 'input.name', maxLength: 300, http: { status: 400 } });
  });

  it('refuses control characters other than tab and line breaks, and lone surrogates', () => {
    expect(() => {
      checkText('a\tb\nc\r\nd', 300, place);
    }).not.toThrow();
    for (const bad of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f']) {
      expect(
        refusal(() => {
          checkText(`ab${bad}`, 300, place);
        }).message,
      ).toMatch(/control character U\+00[0-9A-F]{2} at offset 2/);
    }
    expect(
      refusal(() => {
        checkText('a\ud800b', 300, place);
      }).message,
    ).toMatch(/lone surrogate U\+D800 at offset 1/);
    expect(
      refusal(() => {
        checkText('a\udc00', 300, place);
      }).message,
    ).toMatch(/lone surrogate U\+DC00/);
    expect(() => {
      checkText('平壤 Пхеньян 🚆', 300, place);
    }).not.toThrow();
  });

  it('applies the character rules to uncapped text too', () => {
    expect(() => {
      checkText('x'.repeat(100_000), null, place);
    }).not.toThrow();
    expect(() => {
      checkText('x\u0000', null, place);
    }).toThrow(/control character/);
  });
});

describe('checkOperationArguments', () => {
  const check = (query: string, variables: Record<string, unknown> = {}, operationName?: string): void => {
    const document = parse(query);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION &&
        (operationName === undefined || d.name?.value === operationName),
    );
    if (!operation) throw new Error('no operation');
    checkOperationArguments(schema, document, operation, variables);
  };
  it('refuses a null variable for an argument with a default, naming it and the default', () => {
    const error = refusal(() => {
      check('query($n: PositiveInt) { entities(first: $n) { totalCount } }', { n: null });
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      '"first" of Query.entities must not be null (variable $n); leave it out to use its default (20)',
    );
    // Left out, the default applies.
    expect(() => {
      check('query($n: PositiveInt) { entities(first: $n) { totalCount } }');
    }).not.toThrow();
    expect(() => {
      check('query($n: PositiveInt = 5) { entities(first: $n) { totalCount } }');
    }).not.toThrow();
  });

  it('finds arguments in nested fields and in the fragments the operation uses', () => {
    const query = `
      query Q($d: RelationDirectionFilter) { entity(id: "x") { ...F } }
      fragment F on Entity { ... on Person { relations(direction: $d) { totalCount } } }`;
    expect(
      refusal(() => {
        check(query, { d: null });
      }).message,
    ).toMatch(/"direction" of Person.relations/);
  });

  it('ignores fragments only another operation uses', () => {
    const query = `
      query A { entities { totalCount } }
      query B($n: PositiveInt) { ...G }
      fragment G on Query { entities(first: $n) { totalCount } }`;
    expect(() => {
      check(query, { n: null }, 'A');
    }).not.toThrow();
    expect(() => {
      check(query, { n: null }, 'B');
    }).toThrow(/must not be null/);
  });

  it('checks text inside input objects and lists, naming the path', () => {
    const error = refusal(() => {
      check('mutation($i: AddRelationInput!) { addRelation(input: $i) { id } }', {
        i: {
          type: 'MET',
          subjectId: 'a',
          objectId: 'b',
          evidence: [
            { articleId: 'x', quote: 'fine' },
            { articleId: 'x', quote: 'q'.repeat(2001) },
          ],
        },
      });
    });
    expect(error.extensions).toMatchObject({ argument: 'input.evidence[1].quote', maxLength: 2000 });
    expect(() => {
      check('{ search(text: "' + 's'.repeat(501) + '") { score } }');
    }).toThrow(/"text" of Query.search must be at most 500 characters/);
  });

  it('leaves variables that do not coerce to Apollo, which refuses them itself', () => {
    expect(() => {
      check('query($n: PositiveInt!) { entities(first: $n) { totalCount } }', { n: 'many' });
    }).not.toThrow();
  });
});
