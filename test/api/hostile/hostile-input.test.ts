// Hostile input over real HTTP against the production-mode service (NODE_ENV unset): every case in cases.ts
// gets its documented code, never a 5xx, never a stack trace or server path, the service stays ready after each,
// and the whole graph (every node, relationship, label and property) has the same checksum afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphSummary } from '../../../src/backup/read-graph.js';
import { loadConfig } from '../../../src/config.js';
import { MAX_ARTICLE_BYTES } from '../../../src/graphql/mutation/ingest.js';
import { buildSchema } from '../../../src/graphql/schema.js';
import type { RunningService } from '../../../src/service.js';
import { openTestDb, type TestDb } from '../../support/db.js';
import { startTestService } from '../../support/service.js';
import { hostileCases, type Expected, type HostileCase } from './cases.js';

const { limits } = loadConfig({});
const cases = hostileCases(buildSchema(), { ...limits, maxArticleBytes: MAX_ARTICLE_BYTES });

let service: RunningService;
let t: TestDb;
let before: GraphSummary;

beforeAll(async () => {
  service = await startTestService({ NODE_ENV: '' });
  t = await openTestDb();
  before = await t.checksum();
});
afterAll(async () => {
  await t.close();
  await service.stop();
});

/** What a response must never show outside development: stack frames, source paths, driver internals. */
const LEAKS = [
  /\bat [\w.<>]+ \(/,
  /node_modules/,
  /\/work\//,
  /\/home\//,
  /\bsrc\/[\w/-]+\.ts/,
  /\.ts:\d+/,
  /stacktrace/i,
  /Neo4jError/,
  /\bNeo\.ClientError/,
];

interface Answer {
  status: number;
  text: string;
  codes: (string | undefined)[];
}

async function send(c: HostileCase): Promise<Answer> {
  const res = await fetch(`${service.url}${c.path ?? '/graphql'}`, {
    method: c.method ?? 'POST',
    headers: c.headers ?? {},
    ...(c.body === undefined ? {} : { body: c.body }),
  });
  const text = await res.text();
  let codes: (string | undefined)[] = [];
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (body.errors ?? []).map((e) => e.extensions?.code);
  } catch {
    codes = ['<not JSON>'];
  }
  return { status: res.status, text, codes };
}

const describeExpected = (code: Expected): string =>
  code === null ? 'answered' : typeof code === 'string' ? code : code.join('|');

describe('hostile input', () => {
  it('has at least 200 cases in every family', () => {
    const families = new Map<string, number>();
    for (const c of cases) families.set(c.family, (families.get(c.family) ?? 0) + 1);
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect([...families.keys()]).toEqual([
      'transport',
      'document',
      'numbers',
      'cursors',
      'nulls',
      'cypher-strings',
      'search-text',
      'scalars',
      'text',
      'callers',
    ]);
  });

  // The cases change nothing, so they run a few at a time (vitest's maxConcurrency); the checksum test after
  // them waits for all.
  it.concurrent.for(cases.map((c) => [`${c.family}: ${c.name} → ${describeExpected(c.code)}`, c] as const))(
    '%s',
    async ([, c], { expect }) => {
      const answer = await send(c);
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
      if (c.status !== undefined) expect(answer.status, answer.text.slice(0, 300)).toBe(c.status);
      if (c.code === null) expect(answer.codes, answer.text.slice(0, 300)).toEqual([]);
      else {
        const allowed = typeof c.code === 'string' ? [c.code] : c.code;
        expect(answer.codes.length, answer.text.slice(0, 300)).toBeGreaterThan(0);
        for (const code of answer.codes) expect(allowed, answer.text.slice(0, 300)).toContain(code);
      }
      for (const leak of LEAKS) expect(answer.text).not.toMatch(leak);
      const ready = await fetch(`${service.url}/health/ready`);
      expect(ready.status).toBe(200);
    },
  );

  it('leaves the whole graph as it was: same nodes, relationships, labels and properties', async () => {
    expect(await t.checksum()).toEqual(before);
  });
});
