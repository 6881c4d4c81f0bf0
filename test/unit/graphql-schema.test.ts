import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  parse,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/graph/relation-types.js';
import { enumInternalValues } from '../../src/graphql/enums.js';
import type { Resolvers } from '../../src/graphql/generated/resolvers.js';
import { mergeResolvers } from '../../src/graphql/resolvers.js';
import { buildSchema, readTypeDefs } from '../../src/graphql/schema.js';

const schema: GraphQLSchema = buildSchema();

/** The types schema.graphql declares (not the built-in scalars or introspection types). */
function declaredTypes(): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
  );
}

describe('schema.graphql', () => {
  it('builds with every resolver matching a schema field', () => {
    // buildSchema() runs with requireResolversToMatchSchema: 'error'; reaching here means it matched.
    expect(schema.getQueryType()?.name).toBe('Query');
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of declaredTypes()) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      } else {
        expect(isScalarType(type) || isUnionType(type)).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes each scalar as schema.graphql does, not as the library implementing it', () => {
    for (const definition of parse(readTypeDefs()).definitions) {
      if (definition.kind !== Kind.SCALAR_TYPE_DEFINITION) continue;
      expect(schema.getType(definition.name.value)?.description).toBe(definition.description?.value);
    }
  });

  it('offers exactly the allow-listed relationship types', () => {
    const type = schema.getType('RelationType');
    expect(isEnumType(type)).toBe(true);
    if (!isEnumType(type)) return;
    expect(
      type
        .getValues()
        .map((v) => v.value as string)
        .sort(),
    ).toEqual([...RELATION_TYPES].sort());
  });

  it('maps every entity kind to its stored kind, which is also its object type', () => {
    const type = schema.getType('EntityKind');
    if (!isEnumType(type)) throw new Error('EntityKind is not an enum');
    expect(
      type
        .getValues()
        .map((v) => v.value as string)
        .sort(),
    ).toEqual([...ENTITY_KINDS].sort());
    for (const kind of ENTITY_KINDS) {
      const objectType = schema.getType(kind);
      expect(isObjectType(objectType) && objectType.getInterfaces().some((i) => i.name === 'Entity')).toBe(
        true,
      );
    }
  });

  it('translates every mapped enum value to its stored value and back', () => {
    for (const [enumName, values] of Object.entries(enumInternalValues)) {
      const type = schema.getType(enumName);
      if (!isEnumType(type)) throw new Error(`${enumName} is not an enum`);
      expect(Object.fromEntries(type.getValues().map((v) => [v.name, v.value as string]))).toEqual(values);
      for (const [name, stored] of Object.entries(values)) expect(type.serialize(stored)).toBe(name);
    }
  });

  it('has the read root fields the API promises', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    expect(fields).toEqual(
      [
        'article',
        'articles',
        'candidates',
        'coMentions',
        'conflicts',
        'entities',
        'entity',
        'neighbourhood',
        'paths',
        'proposals',
        'search',
        'timeline',
      ].sort(),
    );
  });
});

describe('mergeResolvers', () => {
  it('merges areas type by type', () => {
    const a: Resolvers = { Query: { entity: () => null } };
    const b: Resolvers = { Query: { article: () => null } };
    expect(Object.keys(mergeResolvers([a, b]).Query ?? {}).sort()).toEqual(['article', 'entity']);
  });

  it('refuses the same field from two areas', () => {
    const a: Resolvers = { Query: { entity: () => null } };
    expect(() => mergeResolvers([a, a])).toThrow(/Query\.entity is defined twice/);
  });
});
