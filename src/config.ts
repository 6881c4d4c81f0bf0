import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Where the repository lives; every relative path in the configuration is resolved against it. The nearest
 * folder above this module with a package.json: src/ when run through tsx, dist/src/ when run as built.
 */
export const repoRoot = findRepoRoot(import.meta.dirname);

function findRepoRoot(from: string): string {
  for (let dir = resolve(from, '..'); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65_535);
const positive = z.coerce.number().int().positive();
/** A limit where 0 switches the limit off. */
const limitOrOff = z.coerce.number().int().min(0);
const memory = z.string().regex(/^\d+[kmg]$/i, 'expected a size like 512m or 1g');

/** An API key entry: `role:key`, several separated by commas. */
const apiKeys = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^(reader|editor):\S{16,}$/,
          'each entry must be reader:<key> or editor:<key>, keys of 16+ characters',
        )
        .transform((e) => {
          const [role, ...rest] = e.split(':');
          return { role: role as 'reader' | 'editor', key: rest.join(':') };
        }),
    ),
  );

const schema = z.object({
  // Unset means production: internals stay out of responses unless the operator opts in (`npm run dev`).
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_PROVIDER: z.enum(['auto', 'uri', 'container', 'local']).default('auto'),
  NEO4J_LOCAL_DIR: z.string().min(1).default('var/neo4j'),
  NEO4J_LOCAL_HEAP: memory.default('768m'),
  NEO4J_LOCAL_PAGECACHE: memory.default('256m'),
  NEO4J_LOCAL_TX_MEMORY: memory.default('256m'),
  NEO4J_LOCAL_PORT: port.default(0),
  NEO4J_ACQUISITION_TIMEOUT_MS: positive.default(5_000),
  NEO4J_QUERY_TIMEOUT_MS: positive.default(15_000),
  NEO4J_MAX_CONCURRENT_QUERIES: positive.default(16),
  NEO4J_MAX_CONCURRENT_HEAVY: positive.default(2),
  HEAVY_QUERY_COST: positive.default(5_000),

  CORPUS_DIR: z.string().min(1).default('data/corpus'),
  SEED_ON_EMPTY: bool.default(true),
  WARM_UP: bool.default(true),

  API_KEYS: apiKeys.default([]),
  READS_REQUIRE_AUTH: bool.default(false),

  MAX_DEPTH: positive.default(12),
  MAX_ALIASES: positive.default(15),
  MAX_TOKENS: positive.default(2_000),
  MAX_COST: positive.default(50_000),
  MAX_PAGE_SIZE: positive.default(100),
  MAX_PATH_HOPS: positive.max(6).default(6),
  RATE_LIMIT_WINDOW_SECONDS: positive.default(60),
  RATE_LIMIT_ADDRESS_REQUESTS: limitOrOff.default(600),
  RATE_LIMIT_KEY_REQUESTS: limitOrOff.default(3_000),
  RATE_LIMIT_COST: limitOrOff.default(500_000),
  INGEST_WORKERS: positive.max(16).default(1),
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(150),
  SHUTDOWN_GRACE_MS: positive.default(10_000),

  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'expected a redis:// or rediss:// URL')
    .optional(),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  METRICS_ENABLED: bool.default(true),
  METRICS_TOKEN: z.string().min(16, 'expected a token of 16+ characters').optional(),
});

type Env = z.input<typeof schema>;

/** Every variable the configuration reads (and nothing else does). */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as readonly (keyof Env)[];

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; corsOrigins: string[] };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  neo4j: {
    uri: string | undefined;
    username: string;
    password: string;
    database: string;
    provider: 'auto' | 'uri' | 'container' | 'local';
    localDir: string;
    localHeap: string;
    localPageCache: string;
    /** Largest memory one transaction may use in the locally launched Neo4j (`db.memory.transaction.max`). */
    localTxMemory: string;
    /** Bolt port of the locally launched Neo4j; 0 picks a free one. */
    localPort: number;
    acquisitionTimeoutMs: number;
    queryTimeoutMs: number;
    /** Statements of ordinary requests running at once; more wait for a slot. */
    maxConcurrentQueries: number;
    /** Statements of heavy requests (cost at least `limits.heavyCost`) running at once. */
    maxConcurrentHeavy: number;
  };
  corpusDir: string;
  seedOnEmpty: boolean;
  /** Ask itself for the common reads once listening, so Neo4j plans them before the first user does. */
  warmUp: boolean;
  auth: { keys: { role: 'reader' | 'editor'; key: string }[]; readsRequireAuth: boolean };
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxPageSize: number;
    maxPathHops: number;
    /** A request costing this much or more runs its statements in the heavy lane. */
    heavyCost: number;
  };
  /** Per client per window; 0 switches a limit off. */
  rateLimits: {
    windowSeconds: number;
    /** Requests per address, for callers without a valid API key. */
    addressRequests: number;
    /** Requests per API key. */
    keyRequests: number;
    /** Query cost per client (key, or address without one). */
    cost: number;
  };
  /** Worker threads analysing ingested articles off the main thread. */
  ingestWorkers: number;
  /**
   * How far V8 lets the heap grow past what survived the last full collection before the next one, in percent
   * (150: to 2.5 times the live size); 0 leaves it to V8, which lets it reach four times under load.
   */
  heapGrowingPercent: number;
  shutdownGraceMs: number;
  /** Live updates: through Redis pub/sub when a URL is set (several replicas), in-process otherwise. */
  events: { redisUrl: string | undefined };
  /** Seconds a read answer may be cached (cache-control max-age); 0 makes every answer `no-store`. */
  cache: { maxAgeSeconds: number };
  /** GET /metrics: off, or on for loopback clients (no token) or for whoever sends the token. */
  metrics: { enabled: boolean; token: string | undefined };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Partial<Env> = {};
  for (const key of CONFIG_VARIABLES) {
    const value = env[key];
    if (value !== undefined && value !== '') (input as Record<string, string>)[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const corpusDir = resolve(repoRoot, c.CORPUS_DIR);
  // Checked here, before any Neo4j is found or started, and only when seeding may read it.
  if (c.SEED_ON_EMPTY && !isDirectory(corpusDir)) {
    throw new ConfigError(
      `CORPUS_DIR: no folder at ${corpusDir} (set CORPUS_DIR to a folder of articles, or SEED_ON_EMPTY=false)`,
    );
  }
  return {
    env: c.NODE_ENV,
    http: { host: c.HOST, port: c.PORT, corsOrigins: c.CORS_ORIGINS },
    logLevel: c.LOG_LEVEL,
    neo4j: {
      uri: c.NEO4J_URI,
      username: c.NEO4J_USERNAME,
      password: c.NEO4J_PASSWORD,
      database: c.NEO4J_DATABASE,
      provider: c.NEO4J_PROVIDER,
      localDir: resolve(repoRoot, c.NEO4J_LOCAL_DIR),
      localHeap: c.NEO4J_LOCAL_HEAP,
      localPageCache: c.NEO4J_LOCAL_PAGECACHE,
      localTxMemory: c.NEO4J_LOCAL_TX_MEMORY,
      localPort: c.NEO4J_LOCAL_PORT,
      acquisitionTimeoutMs: c.NEO4J_ACQUISITION_TIMEOUT_MS,
      queryTimeoutMs: c.NEO4J_QUERY_TIMEOUT_MS,
      maxConcurrentQueries: c.NEO4J_MAX_CONCURRENT_QUERIES,
      maxConcurrentHeavy: c.NEO4J_MAX_CONCURRENT_HEAVY,
    },
    corpusDir,
    seedOnEmpty: c.SEED_ON_EMPTY,
    warmUp: c.WARM_UP,
    auth: { keys: c.API_KEYS, readsRequireAuth: c.READS_REQUIRE_AUTH },
    limits: {
      maxDepth: c.MAX_DEPTH,
      maxAliases: c.MAX_ALIASES,
      maxTokens: c.MAX_TOKENS,
      maxCost: c.MAX_COST,
      maxPageSize: c.MAX_PAGE_SIZE,
      maxPathHops: c.MAX_PATH_HOPS,
      heavyCost: c.HEAVY_QUERY_COST,
    },
    rateLimits: {
      windowSeconds: c.RATE_LIMIT_WINDOW_SECONDS,
      addressRequests: c.RATE_LIMIT_ADDRESS_REQUESTS,
      keyRequests: c.RATE_LIMIT_KEY_REQUESTS,
      cost: c.RATE_LIMIT_COST,
    },
    ingestWorkers: c.INGEST_WORKERS,
    heapGrowingPercent: c.HEAP_GROWING_PERCENT,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    events: { redisUrl: c.REDIS_URL },
    cache: { maxAgeSeconds: c.CACHE_MAX_AGE },
    metrics: { enabled: c.METRICS_ENABLED, token: c.METRICS_TOKEN },
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing, a file on the way (ENOTDIR), or unreadable: not a folder we can use
  }
}
