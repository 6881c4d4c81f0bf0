import cors from 'cors';
import { OperationTypeNode } from 'graphql';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Config } from '../config.js';
import { AppError, badInput, notFound, type ErrorCode } from '../errors.js';
import { edgesCsv, nodesCsv } from '../export/csv.js';
import { toGraphML } from '../export/graphml.js';
import { neighbourhoodGraph, pathGraph, type ExportGraph } from '../export/subgraph.js';
import { accessPolicy, authenticateHeaders, authorise, KeyRing } from '../graphql/auth.js';
import { cacheControlHeader, dependsOnKey, NO_STORE } from '../graphql/cache-control.js';
import { checkDepth, checkHops, checkPageSize } from '../graphql/limits.js';
import { createLoaders } from '../graphql/loaders.js';
import { relationTypesParam } from '../graphql/relation-types.js';
import { requireEntity } from '../graphql/shared.js';
import type { Logger } from '../logger.js';
import type { Db } from '../neo4j/db.js';
import { sendError } from './app.js';

/**
 * Plain GET endpoints a dashboard can link to, exporting what `Query.neighbourhood` and `Query.paths` answer as
 * GraphML (Gephi, yEd) or CSV (nodes, and edges with their sources):
 *
 *   GET /export/neighbourhood/<entity id>.graphml|.nodes.csv|.edges.csv?depth=2&limit=50&types=OPERATES,ORIGIN
 *   GET /export/path.graphml|.nodes.csv|.edges.csv?from=<id>&to=<id>&maxHops=4&first=5&types=...
 *
 * The same key, access rule and limits as the GraphQL fields (a key in `x-api-key` or `Authorization`), the same
 * defaults, errors as JSON with the stable codes, and the same cache-control as a GraphQL read.
 */

export interface ExportsDeps {
  db: Db;
  config: Config;
  logger: Logger;
}

interface Format {
  suffix: string;
  contentType: string;
  render(graph: ExportGraph): string;
}

export const EXPORT_FORMATS: readonly Format[] = [
  { suffix: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', render: toGraphML },
  { suffix: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', render: nodesCsv },
  { suffix: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', render: edgesCsv },
];

const STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  LIMIT_EXCEEDED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/** A query parameter as a positive integer, with the GraphQL field's default when absent. */
const positiveInt = (fallback: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? fallback : Number(v)), z.number().int().positive());
const typesList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : [],
  );

const neighbourhoodQuery = z.object({
  depth: positiveInt(1),
  limit: positiveInt(50),
  types: typesList,
});
const pathQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  maxHops: positiveInt(4),
  first: positiveInt(5),
  types: typesList,
});

function parseQuery<T>(schema: z.ZodType<T>, req: Request): T {
  const parsed = schema.safeParse(req.query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? 'query');
  throw badInput(`Query parameter "${name}": ${issue?.message ?? 'invalid'}`, { argument: name });
}

/** `org/nordwind-airlines` → `nordwind-airlines`, for file names. */
const slug = (id: string): string =>
  id
    .split('/')
    .pop()
    ?.replace(/[^A-Za-z0-9_-]+/g, '-') ?? 'export';

function splitFormat(name: string): { stem: string; format: Format } | null {
  for (const format of EXPORT_FORMATS) {
    const ending = `.${format.suffix}`;
    if (name.endsWith(ending) && name.length > ending.length) {
      return { stem: name.slice(0, -ending.length), format };
    }
  }
  return null;
}

export function exportsRouter(deps: ExportsDeps): Router {
  const { config, logger } = deps;
  const ring = new KeyRing(config.auth.keys);
  const policy = accessPolicy(config);
  const router = express.Router({ caseSensitive: true });

  /** Authenticates and authorises like the GraphQL field; answers whether the result depends on the key. */
  const admit = (req: Request, field: string): boolean => {
    const { role } = authenticateHeaders(ring, req.headers);
    authorise(role, OperationTypeNode.QUERY, new Set([field]), policy);
    return dependsOnKey(config, role);
  };

  const send = (res: Response, format: Format, graph: ExportGraph, file: string, keyed: boolean) => {
    res
      .status(200)
      .type(format.contentType)
      .setHeader('Content-Disposition', `attachment; filename="${file}.${format.suffix}"`)
      .setHeader(
        'Cache-Control',
        cacheControlHeader({
          operation: OperationTypeNode.QUERY,
          policy: { maxAge: config.cache.maxAgeSeconds, scope: 'PUBLIC' },
          hasErrors: false,
          keyed,
        }),
      )
      .send(format.render(graph));
  };

  const fail = (req: Request, res: Response, error: unknown): void => {
    res.setHeader('Cache-Control', NO_STORE);
    if (error instanceof AppError) {
      sendError(req, res, { status: STATUS[error.code], code: error.code, message: error.message });
      return;
    }
    logger.error({ err: error, path: req.path }, 'export failed');
    sendError(req, res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  };

  router.use(
    '/export',
    cors({
      origin: config.http.corsOrigins.includes('*') ? true : config.http.corsOrigins,
      allowedHeaders: ['authorization', 'x-api-key'],
      exposedHeaders: ['content-disposition'],
      methods: ['GET', 'HEAD'],
      maxAge: 600,
    }),
  );

  // GET /export/neighbourhood/<id>.<format>: ids contain slashes, so the rest of the path is the id.
  router.get('/export/neighbourhood/*rest', async (req, res) => {
    try {
      const rest = req.params.rest.join('/');
      const target = splitFormat(rest);
      if (!target) {
        throw badInput(
          `Name the format: /export/neighbourhood/<entity id>.${EXPORT_FORMATS.map((f) => f.suffix).join('|')}`,
        );
      }
      const keyed = admit(req, 'neighbourhood');
      const q = parseQuery(neighbourhoodQuery, req);
      checkDepth(q.depth);
      checkPageSize(config, q.limit, 'limit');
      const db = deps.db.forRequest('export:neighbourhood');
      const graph = await neighbourhoodGraph(db, {
        id: target.stem,
        depth: q.depth,
        limit: q.limit,
        types: relationTypesParam(q.types),
        kinds: null,
      });
      if (!graph) throw notFound('Entity', target.stem);
      send(res, target.format, graph, `${slug(target.stem)}-neighbourhood-depth${q.depth}`, keyed);
    } catch (error) {
      fail(req, res, error);
    }
  });

  for (const format of EXPORT_FORMATS) {
    router.get(`/export/path.${format.suffix}`, async (req, res) => {
      try {
        const keyed = admit(req, 'paths');
        const q = parseQuery(pathQuery, req);
        checkHops(config, q.maxHops);
        checkPageSize(config, q.first);
        if (q.from === q.to) throw badInput('"from" and "to" must be different entities', { argument: 'to' });
        const db = deps.db.forRequest('export:path');
        const loaders = createLoaders(db);
        await Promise.all([requireEntity(loaders, q.from), requireEntity(loaders, q.to)]);
        const graph = await pathGraph(db, {
          from: q.from,
          to: q.to,
          maxHops: q.maxHops,
          first: q.first,
          types: relationTypesParam(q.types),
        });
        send(res, format, graph, `path-${slug(q.from)}-${slug(q.to)}`, keyed);
      } catch (error) {
        fail(req, res, error);
      }
    });
  }

  return router;
}
