import autocannon from 'autocannon';
import { cpuSeconds, rssMb } from './contestants.js';
import type { RequestSpec } from './operations.js';
import { percentile } from '../percentile.js';

export interface LoadResult {
  requests: number;
  /** Completed requests per second over the run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not HTTP 2xx, plus connection errors and timeouts. */
  failures: number;
  /** The highest resident set size of the watched process during the run, MB. */
  maxRssMb: number | null;
  /**
   * The watched process's own CPU time (user and system) over the run divided by the requests answered, ms:
   * steadier than latency on a shared machine, and where a server's cost shows without Neo4j's. Absent in
   * reports from before it was measured.
   */
  cpuMsPerRequest?: number | null;
}

/**
 * Drives one request at `connections` concurrency for `seconds` with autocannon, recording every response time
 * (autocannon's own summary has no p95), and samples the server's RSS and CPU time meanwhile.
 */
export async function runLoad(
  baseUrl: string,
  spec: RequestSpec,
  options: { connections: number; seconds: number; watchPid?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let maxRss: number | null = null;
  const sampler =
    options.watchPid === undefined
      ? undefined
      : setInterval(() => {
          void rssMb(options.watchPid ?? -1).then((mb) => {
            if (mb !== null) maxRss = Math.max(maxRss ?? 0, mb);
          });
        }, 250);
  const cpuBefore = options.watchPid === undefined ? null : await cpuSeconds(options.watchPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${spec.path}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(spec.body),
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
      },
      (error, done) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(done);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  if (sampler) clearInterval(sampler);
  const cpuAfter = options.watchPid === undefined ? null : await cpuSeconds(options.watchPid);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    throughput: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: result.non2xx + result.errors + result.timeouts,
    maxRssMb: maxRss,
    cpuMsPerRequest:
      cpuBefore === null || cpuAfter === null || latencies.length === 0
        ? null
        : ((cpuAfter - cpuBefore) * 1000) / latencies.length,
  };
}

/** One request, for checking answers before loading: the parsed JSON body and the status. */
export async function requestOnce(
  baseUrl: string,
  spec: RequestSpec,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${baseUrl}${spec.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec.body),
  });
  return { status: res.status, body: await res.json() };
}
