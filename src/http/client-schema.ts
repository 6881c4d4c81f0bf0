// What a GraphQL client needs besides the endpoint: the SDL the server runs (for codegen and editors) and
// the `possibleTypes` map of every interface and union, without which a normalising cache (Apollo Client's
// InMemoryCache) cannot tell that an `Organisation` matches a fragment on `Entity` and drops its fields.
import cors from 'cors';
import { Router } from 'express';
import { isAbstractType, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_PATH = '/schema.graphql';
export const POSSIBLE_TYPES_PATH = '/possible-types.json';

/** Supertype → its concrete types, sorted: the shape of `new InMemoryCache({ possibleTypes })`. */
export type PossibleTypes = Record<string, string[]>;

/** Every interface and union of the schema with the object types that implement or belong to it. */
export function possibleTypesOf(schema: GraphQLSchema): PossibleTypes {
  const map: PossibleTypes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) {
      map[type.name] = schema
        .getPossibleTypes(type)
        .map((t) => t.name)
        .sort();
    }
  }
  return map;
}

/**
 * `GET /schema.graphql` (the executable schema printed, so it is what the server answers, descriptions
 * included) and `GET /possible-types.json`. Both are computed once, here, from the schema the server runs;
 * browsers on the allowed origins may fetch them. They carry no data, so they need no API key.
 */
export function clientSchemaRouter(schema: GraphQLSchema, corsOrigins: readonly string[]): Router {
  const sdl = `${printSchema(schema)}\n`;
  const possibleTypes = JSON.stringify(possibleTypesOf(schema), null, 2);
  const router = Router({ caseSensitive: true, strict: true });
  router.use(
    [SCHEMA_PATH, POSSIBLE_TYPES_PATH],
    cors({ origin: corsOrigins.includes('*') ? true : [...corsOrigins], methods: ['GET', 'HEAD'] }),
  );
  router.get(SCHEMA_PATH, (_req, res) => {
    // `no-cache` revalidates with the ETag express adds: a redeploy with a new schema is seen at once.
    res.set('cache-control', 'no-cache').type('text/plain; charset=utf-8').send(sdl);
  });
  router.get(POSSIBLE_TYPES_PATH, (_req, res) => {
    res.set('cache-control', 'no-cache').type('application/json; charset=utf-8').send(possibleTypes);
  });
  return router;
}
