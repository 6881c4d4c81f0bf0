// The floor: each benchmark operation as one hand-written Cypher statement (bench/floor/<op>.cypher) run through
// neo4j-driver behind the smallest HTTP server that can carry it, so the comparison with the service is
// HTTP to HTTP. POST /<op> with the parameters as JSON; the records come back as JSON.
// Run: NEO4J_URI=bolt://... PORT=4100 tsx bench/floor/server.ts (prints FLOOR_READY <url>).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { luceneQuery, searchTerms } from '../../src/graphql/search/lucene.js';

const dir = import.meta.dirname;
const statements = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.replace(/\.cypher$/, ''), readFileSync(join(dir, f), 'utf8')]),
);

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { disableLosslessIntegers: true, maxConnectionPoolSize: 50 },
);

/**
 * The statement's parameters from the request's (whole numbers as Cypher integers, as LIMIT and slices need);
 * search builds the same escaped Lucene queries the service does.
 */
function paramsFor(op: string, body: Record<string, unknown>): Record<string, unknown> {
  if (op !== 'search') {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
    );
  }
  const terms = searchTerms(String(body.text));
  return {
    entityQuery: luceneQuery(terms, { fuzzy: true }),
    articleQuery: luceneQuery(terms, { fuzzy: false }),
    word: terms.words[0] ?? '',
    first: neo4j.int(Number(body.first ?? 10)),
  };
}

const server = createServer((req, res) => {
  const op = (req.url ?? '').slice(1);
  const statement = statements.get(op);
  if (req.method !== 'POST' || statement === undefined) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    driver
      .executeQuery(statement, paramsFor(op, body), { routing: neo4j.routing.READ })
      .then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
      });
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`FLOOR_READY http://127.0.0.1:${String(port)}`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
