// Cost calibration: runs representative GraphQL operations against a real Neo4j with the corpus loaded, every
// statement PROFILEd, and prints each operation's computed cost next to what Neo4j did for it (db hits, peak
// memory of the largest statement). src/graphql/cost.ts's weights are set from this table: cost must grow
// with db hits, and no operation under MAX_COST may need more memory than a transaction is allowed.
// Run: npx tsx scripts/calibrate-cost.ts   (finds or starts a throw-away Neo4j like the tests do)
import { parse } from 'graphql';
import type { Driver, ManagedTransaction, ResultSummary, Session, Transaction } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { queryCost } from '../src/graphql/cost.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { mutationResolvers } from '../src/graphql/mutation/resolvers.js';
import { createGraphQL } from '../src/graphql/server.js';
import { seedIfEmpty } from '../src/ingest/seed.js';
import { createLogger } from '../src/logger.js';
import { loadCatalogue } from '../src/neo4j/catalogue.js';
import { connectGraph } from '../src/neo4j/connect.js';
import { Db } from '../src/neo4j/db.js';
import { acquireNeo4j } from '../src/neo4j/provider.js';
import { createEventBus } from '../src/events/bus.js';

interface Measure {
  dbHits: number;
  /** Largest `GlobalMemory` of one statement, in bytes (Neo4j's own estimate, what its limits count). */
  peakMemory: number;
  statements: number;
}

type Profile = Exclude<ResultSummary['queryProfile'], false>;

const sumHits = (plan: Profile): number =>
  (plan.dbHits ?? 0) + plan.children.reduce((n, child) => n + sumHits(child), 0);

/** A driver whose transactions PROFILE every statement and add what Neo4j reports to `measure`. */
function profilingDriver(driver: Driver, measure: Measure): Driver {
  const wrapTx = (tx: Transaction | ManagedTransaction) =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
        return async (text: string, params: Record<string, unknown>) => {
          const result = await target.run(`PROFILE ${text}`, params);
          const plan = result.summary.queryProfile;
          if (plan) {
            measure.dbHits += sumHits(plan);
            measure.peakMemory = Math.max(measure.peakMemory, Number(plan.arguments.GlobalMemory ?? 0));
          }
          measure.statements += 1;
          return result;
        };
      },
    });
  const wrapSession = (session: Session) =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop !== 'beginTransaction') return Reflect.get(target, prop, receiver) as unknown;
        return (...args: Parameters<Session['beginTransaction']>) => wrapTx(target.beginTransaction(...args));
      },
    });
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
    },
  });
}

const ENTITY = 'person/sergei-shoigu';
const OTHER = 'person/kim-jong-un';
const page = (n: number, inner: string) => `first: ${String(n)}) { edges { node { ${inner} } } }`;
const OPERATIONS: Record<string, string> = {
  entity: `{ entity(id: "${ENTITY}") { id name aliases } }`,
  'entities 20': `{ entities(${page(20, 'id name aliases')} }`,
  'entities 100': `{ entities(${page(100, 'id name aliases')} }`,
  'entities 20 × relations 20': `{ entities(${page(20, `id relations(${page(20, 'id type evidence { sentence }')}`)} }`,
  'entities 100 × relations 100': `{ entities(${page(100, `id relations(${page(100, 'id type evidence { sentence }')}`)} }`,
  'entities 100 × mentions 100': `{ entities(${page(100, `id mentions(${page(100, 'surface sentence article { id title }')}`)} }`,
  'articles 20': `{ articles(${page(20, 'id title')} }`,
  'articles 100 × text': `{ articles(${page(100, 'id title text')} }`,
  'articles 100 × mentions 100': `{ articles(${page(100, `id text mentions(${page(100, 'surface sentence entity { id name }')}`)} }`,
  'search 10': `{ search(text: "Shoigu", first: 10) { score node { ... on Entity { id } ... on Article { id } } } }`,
  'search 100': `{ search(text: "Moscow", first: 100) { score passage { text } node { ... on Entity { id name } ... on Article { id title } } } }`,
  '15 × search 100': `{ ${Array.from({ length: 15 }, (_, i) => `s${String(i)}: search(text: "Moscow", first: 100) { score node { ... on Entity { id name } ... on Article { id title } } }`).join(' ')} }`,
  'neighbourhood 1 × 50': `{ neighbourhood(id: "${ENTITY}") { nodes { id name } edges { id source target } } }`,
  'neighbourhood 3 × 100': `{ neighbourhood(id: "${ENTITY}", depth: 3, limit: 100) { nodes { id name } edges { id source target } } }`,
  'paths 5 × 4': `{ paths(from: "${ENTITY}", to: "${OTHER}") { length hops { from { id } to { id } evidence { sentence } } } }`,
  'paths 20 × 6': `{ paths(from: "${ENTITY}", to: "${OTHER}", first: 20, maxHops: 6) { length hops { from { id } to { id } evidence { sentence } } } }`,
  'coMentions 50': `{ coMentions(id: "${ENTITY}", first: 50) { count entity { id } articles { id title } } }`,
  'timeline 100': `{ timeline(first: 100) { __typename } }`,
  'conflicts 50': `{ conflicts(first: 50) { __typename } }`,
};

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', MAX_COST: '100000000' });
  const logger = createLogger('warn');
  const neo4j = await acquireNeo4j(config, logger, 'test');
  const graph = await connectGraph(neo4j, { acquisitionTimeoutMs: 10_000, queryTimeoutMs: 60_000 }, logger);
  try {
    await seedIfEmpty({ db: graph.db, logger, corpusDir: config.corpusDir });
    const measure: Measure = { dbHits: 0, peakMemory: 0, statements: 0 };
    const db = new Db(profilingDriver(graph.driver, measure), loadCatalogue(), {
      database: neo4j.database,
      queryTimeoutMs: 60_000,
    });
    const events = await createEventBus({ redisUrl: undefined, logger });
    const { apollo, schema } = createGraphQL({ config, logger, db, events, resolvers: [mutationResolvers] });
    await apollo.start();
    const rows: string[] = [];
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const cost = queryCost({ schema, document: parse(query) }, config.limits.maxPageSize) ?? NaN;
      // Twice: the first run compiles plans and warms the page cache; the second is measured.
      for (const run of [0, 1]) {
        Object.assign(measure, { dbHits: 0, peakMemory: 0, statements: 0 });
        const request = db.forRequest(name);
        const res = await apollo.executeOperation(
          { query },
          {
            contextValue: {
              db: request,
              loaders: createLoaders(request),
              config,
              auth: { role: 'reader' },
              client: { kind: 'key', id: 'key:calibration' },
              requestId: `calibration-${String(run)}`,
              events,
              record: { errorCodes: [] },
              logger,
              linkerCache: undefined,
              ingestWriter: undefined,
            },
          },
        );
        const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
        if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
      }
      const { dbHits, peakMemory, statements } = measure;
      rows.push(
        `| ${name} | ${String(cost)} | ${String(statements)} | ${String(dbHits)} | ${(dbHits / cost).toFixed(1)} | ${(peakMemory / 1024).toFixed(0)} |`,
      );
    }
    await apollo.stop();
    console.log(
      '| operation | cost | statements | db hits | db hits per cost | peak statement memory (KiB) |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    await graph.close();
    await neo4j.stop();
  }
}

await main();
