// `npm run ingest -- <folder>` as a user runs it, on the test Neo4j: a folder of 250 ~3 KB articles goes in
// batches, with a progress bar, and the command finishes with a summary of totals.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { openTestDb, type TestDb } from '../support/db.js';

const COUNT = 250;

/** A ~3 KB article naming curated entities; the token makes each text (and so each article) new. */
function article(token: string, i: number): string {
  const lines = [`Ingest probe ${token} number ${String(i)}`, ''];
  while (lines.join('\n').length < 3000) {
    lines.push(
      `Sergei Shoigu said trade with North Korea was developing, and flights to Pyongyang resumed in week ${String(lines.length)} of report ${token}-${String(i)}.`,
    );
  }
  return lines.join('\n');
}

describe('npm run ingest of a folder', () => {
  const token = `probe${randomBytes(4).toString('hex')}`;
  let dir = '';
  let t: TestDb;

  beforeAll(async () => {
    t = await openTestDb();
    dir = await mkdtemp(join(tmpdir(), 'kg-ingest-cli-'));
    for (let i = 0; i < COUNT; i += 1) {
      await writeFile(join(dir, `${token}-${String(i).padStart(4, '0')}.txt`), article(token, i));
    }
  });

  afterAll(async () => {
    await t.query(`MATCH (a:Article) WHERE a.source STARTS WITH $token DETACH DELETE a`, { token });
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a progress bar, finishes and stores every article', async () => {
    const { uri, username, password, database } = inject('neo4j');
    const output: string[] = [];
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', dir], {
        cwd: repoRoot,
        env: {
          ...process.env,
          NEO4J_URI: uri,
          NEO4J_USERNAME: username,
          NEO4J_PASSWORD: password,
          NEO4J_DATABASE: database,
          LOG_LEVEL: 'warn',
        },
      });
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('exit', resolve);
    });
    const text = output.join('');
    expect(code, text).toBe(0);
    expect(text).toMatch(
      new RegExp(`ingest \\[[^\\]]+\\] ${String(COUNT)}/${String(COUNT)} articles \\| \\d+ articles/s`),
    );
    expect(text).toContain(`${String(COUNT)} article(s) in`);
    expect(text).toContain(`${String(COUNT)} new, 0 already in the graph`);

    const [row] = await t.query(
      `MATCH (a:Article) WHERE a.source STARTS WITH $token
       RETURN count(a) AS articles, sum(COUNT { (a)<-[:MENTIONED_IN]-(:Entity {id: 'person/sergei-shoigu'}) }) AS shoigu`,
      { token },
    );
    expect(Number(row?.articles)).toBe(COUNT);
    expect(Number(row?.shoigu)).toBeGreaterThanOrEqual(COUNT);
  }, 300_000);
});
