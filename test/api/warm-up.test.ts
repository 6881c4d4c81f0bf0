// Once listening, the service asks itself for the common reads (warm-up.ts), so Neo4j plans their statements
// before a user's request has to wait for it: over real HTTP, against the real Neo4j, in the background of a
// service that is ready at once. With READS_REQUIRE_AUTH it reads with a configured key.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Neo4jCall } from '../../src/metrics/metrics.js';
import type { RunningService } from '../../src/service.js';
import { captureLogs, type CapturedLogs } from '../support/log-capture.js';
import { startTestService } from '../support/service.js';

let service: RunningService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

async function warmedUp(logs: CapturedLogs): Promise<string | undefined> {
  for (let i = 0; i < 600; i += 1) {
    const line = logs.lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('warm-up'));
    if (line) return line.msg as string;
    await sleep(100);
  }
  return undefined;
}

async function start(env: Record<string, string>) {
  const logs = captureLogs();
  const calls: Neo4jCall[] = [];
  service = await startTestService(
    { LOG_LEVEL: 'info', WARM_UP: 'true', ...env },
    { logger: logs.logger, neo4jObservers: [{ finished: (call) => calls.push(call) }] },
  );
  return { logs, calls };
}

describe('warm-up at start', () => {
  it('runs the statements of the entities list, entity page, search, neighbourhood, paths and timeline once', async () => {
    const { logs, calls } = await start({});
    expect(await warmedUp(logs)).toBe('warm-up done: hot statements planned');
    const warm = calls.filter((c) => c.metadata.requestId === 'warm-up');
    expect(warm.every((c) => c.ok && c.mode === 'read')).toBe(true);
    const names = new Set(warm.map((c) => c.query));
    for (const name of [
      'entities/page',
      'entity/page',
      'search/hits',
      'graph/neighbourhood',
      'graph/paths',
      'timeline/entity',
    ]) {
      expect(names, [...names].join(', ')).toContain(name);
    }
    // Each of its four requests was answered 200 and logged under its own operation name.
    const requests = logs.lines.filter((l) => l.requestId === 'warm-up' && l.msg === 'request completed');
    expect(requests.map((l) => [l.operationName, l.status])).toEqual([
      ['WarmUpEntities', 200],
      ['WarmUpEntity', 200],
      ['WarmUpSearch', 200],
      ['WarmUpGraph', 200],
    ]);
    expect(requests.every((l) => l.outcome === 'ok')).toBe(true);
  });

  it('reads with a configured key when reads need one', async () => {
    const { logs } = await start({ READS_REQUIRE_AUTH: 'true' });
    expect(await warmedUp(logs)).toBe('warm-up done: hot statements planned');
    const requests = logs.lines.filter((l) => l.requestId === 'warm-up' && l.msg === 'request completed');
    expect(requests).toHaveLength(4);
    expect(
      requests.every((l) => l.status === 200 && (l.client as { role: string }).role !== 'anonymous'),
    ).toBe(true);
  });

  it('reaches itself on loopback when listening on every IPv6 and IPv4 address (HOST=::)', async () => {
    const { logs } = await start({ HOST: '::' });
    expect(service?.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect(await warmedUp(logs)).toBe('warm-up done: hot statements planned');
  });

  it('is off with WARM_UP=false: nothing is asked', async () => {
    const { logs, calls } = await start({ WARM_UP: 'false' });
    await sleep(1_000);
    expect(logs.lines.filter((l) => l.requestId === 'warm-up')).toEqual([]);
    expect(calls.filter((c) => c.metadata.requestId === 'warm-up')).toEqual([]);
  });
});
