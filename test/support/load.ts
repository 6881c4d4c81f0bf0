import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';

/** One HTTP request as a client saw it. */
export interface Call {
  op: string;
  startedAt: number;
  durationMs: number;
  status?: number;
  ok: boolean;
  /** `extensions.code` of the first error, if any. */
  code?: string;
  networkError?: string;
}

/** One readiness probe as a load balancer would see it. */
export interface Poll {
  startedAt: number;
  durationMs: number;
  status: number;
}

export interface Phase {
  /** `back`: the restarted Neo4j says it is ready; `answering`: it answered a fresh client's first read. */
  name: 'killed' | 'restarting' | 'back' | 'answering' | 'frozen' | 'thawed';
  at: number;
}

type Write =
  | { kind: 'ingest'; marker: string; articleId?: string }
  | { kind: 'alias'; entityId: string; alias: string }
  | { kind: 'merge'; keep: string; merge: string; recordId?: string };

export interface Ledger {
  acknowledged: Write[];
  failed: Write[];
  /** Acknowledged writes the graph does not hold (should be none). */
  missingFrom(driver: Driver): Promise<Write[]>;
}

/** POSTs one operation and records how it went; never throws. */
export async function callGraphQL(
  url: string,
  op: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ call: Call; data: Record<string, unknown> | undefined }> {
  const startedAt = Date.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const code = body.errors?.[0]?.extensions?.code;
    const ok = res.status === 200 && !body.errors;
    return {
      call: {
        op,
        startedAt,
        durationMs: Date.now() - startedAt,
        status: res.status,
        ok,
        ...(code ? { code } : {}),
      },
      data: body.data ?? undefined,
    };
  } catch (error) {
    return {
      call: {
        op,
        startedAt,
        durationMs: Date.now() - startedAt,
        ok: false,
        networkError: error instanceof Error ? error.message : String(error),
      },
      data: undefined,
    };
  }
}

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
const ALIAS = `mutation($id: ID!, $alias: NonEmptyString!) { addAlias(entityId: $id, alias: $alias) { id } }`;
const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }`;
const READ = `query($id: ID!) { entity(id: $id) { id name aliases } }`;

export interface LoadOptions {
  workers: number;
  /** Pause between one worker's requests: the load is bounded. */
  pauseMs: number;
  /** Entities reads and aliases go to. */
  targets: string[];
  /** [keep, merge] pairs, each merged once. */
  pairs: [string, string][];
  suffix: string;
  headers: Record<string, string>;
}

/**
 * A bounded mixed load (reads, ingests, aliases, merges) from a few workers, a readiness poller every 200 ms,
 * and a ledger of every write with how it was answered.
 */
export function loadDriver(url: string, options: LoadOptions) {
  const calls: Call[] = [];
  const polls: Poll[] = [];
  const acknowledged: Write[] = [];
  const failed: Write[] = [];
  const pairs = [...options.pairs];
  let running = true;
  let n = 0;

  const step = async (op: string, worker: number): Promise<void> => {
    n += 1;
    const target = options.targets[n % options.targets.length] ?? '';
    const record = (call: Call, write: Write | undefined): void => {
      calls.push(call);
      if (write) (call.ok ? acknowledged : failed).push(write);
    };
    if (op === 'ingest') {
      const marker = `Ledger article ${options.suffix} ${worker}-${n}`;
      const text = `${marker}. Officials met in Moscow on Monday to discuss flights to Pyongyang.`;
      const { call, data } = await callGraphQL(
        url,
        op,
        INGEST,
        { input: { text, source: marker } },
        options.headers,
      );
      const id = (data?.ingestArticle as { article?: { id?: string } } | undefined)?.article?.id;
      record(call, { kind: 'ingest', marker, ...(id ? { articleId: id } : {}) });
    } else if (op === 'alias') {
      const alias = `Alias ${options.suffix} ${worker}-${n}`;
      const { call } = await callGraphQL(url, op, ALIAS, { id: target, alias }, options.headers);
      record(call, { kind: 'alias', entityId: target, alias });
    } else if (op === 'merge' && pairs.length > 0) {
      const [keep, merge] = pairs.shift() ?? ['', ''];
      const { call, data } = await callGraphQL(url, op, MERGE, { keep, merge }, options.headers);
      const recordId = (data?.mergeEntities as { id?: string } | undefined)?.id;
      record(call, { kind: 'merge', keep, merge, ...(recordId ? { recordId } : {}) });
    } else {
      const { call } = await callGraphQL(url, 'read', READ, { id: target }, {});
      record(call, undefined);
    }
  };

  const ops = ['ingest', 'read', 'alias', 'read', 'merge'];
  const worker = async (w: number): Promise<void> => {
    for (let i = w; running; i += 1) {
      await step(ops[i % ops.length] ?? 'read', w);
      await sleep(options.pauseMs);
    }
  };
  const poller = async (): Promise<void> => {
    while (running) {
      const startedAt = Date.now();
      const status = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status,
        () => 0,
      );
      polls.push({ startedAt, durationMs: Date.now() - startedAt, status });
      await sleep(200);
    }
  };
  const done = Promise.all([...Array.from({ length: options.workers }, (_, w) => worker(w)), poller()]);

  return {
    /** Waits until a request of each of `ops` has succeeded, `maxMs` at most. */
    async waitForEach(ops: string[], maxMs: number): Promise<void> {
      const until = Date.now() + maxMs;
      while (Date.now() < until && !ops.every((op) => calls.some((c) => c.ok && c.op === op))) {
        await sleep(100);
      }
    },
    /** Waits until a request started at `since` or later succeeds, `maxMs` at most. */
    async waitForSuccessAfter(since: number, maxMs: number): Promise<void> {
      const until = Date.now() + maxMs;
      while (Date.now() < until && !calls.some((c) => c.ok && c.startedAt >= since)) await sleep(50);
    },
    async stop(): Promise<{ calls: Call[]; polls: Poll[]; ledger: Ledger }> {
      running = false;
      await done;
      return {
        calls,
        polls,
        ledger: { acknowledged, failed, missingFrom: (driver) => missingWrites(driver, acknowledged) },
      };
    },
  };
}

async function missingWrites(driver: Driver, writes: Write[]): Promise<Write[]> {
  const missing: Write[] = [];
  for (const write of writes) {
    const { records } = await driver.executeQuery(
      write.kind === 'ingest'
        ? 'RETURN EXISTS { MATCH (a:Article {id: $articleId}) } AS found'
        : write.kind === 'alias'
          ? 'RETURN EXISTS { MATCH (e:Entity {id: $entityId}) WHERE $alias IN e.aliases } AS found'
          : `RETURN EXISTS { MATCH (:MergeRecord {id: $recordId, keptId: $keep, mergedId: $merge}) }
               AND NOT EXISTS { MATCH (:Entity {id: $merge}) } AS found`,
      { articleId: null, recordId: null, ...write },
    );
    if (records[0]?.get('found') !== true) missing.push(write);
  }
  return missing;
}

/** The figures of a run: recovery times, how long requests took while Neo4j was away. */
export function summarise(calls: Call[], polls: Poll[], phases: Phase[]) {
  const at = (name: Phase['name']): number => phases.find((p) => p.name === name)?.at ?? NaN;
  const firstOkAfter = (t: number): number => {
    const ends = calls.filter((c) => c.ok && c.startedAt >= t).map((c) => c.startedAt + c.durationMs);
    return ends.length > 0 ? Math.min(...ends) - t : Infinity;
  };
  const firstReadyAfter = (t: number): number => {
    const ends = polls
      .filter((p) => p.status === 200 && p.startedAt >= t)
      .map((p) => p.startedAt + p.durationMs);
    return ends.length > 0 ? Math.min(...ends) - t : Infinity;
  };
  const maxDuration = (from: number, to: number, list: { startedAt: number; durationMs: number }[]): number =>
    Math.max(0, ...list.filter((c) => c.startedAt >= from && c.startedAt < to).map((c) => c.durationMs));
  return {
    requests: calls.length,
    failedRequests: calls.filter((c) => !c.ok).length,
    maxMsWhileDown: maxDuration(at('killed'), at('back'), calls),
    maxReadyProbeMsWhileDown: maxDuration(at('killed'), at('back'), polls),
    maxMsWhileFrozen: maxDuration(at('frozen'), at('thawed'), calls),
    maxReadyProbeMsWhileFrozen: maxDuration(at('frozen'), at('thawed'), polls),
    neo4jDownMs: at('back') - at('killed'),
    neo4jFirstAnswerMs: at('answering') - at('back'),
    recoveryMs: {
      afterRestart: firstOkAfter(at('back')),
      afterFirstAnswer: firstOkAfter(at('answering')),
      afterThaw: firstOkAfter(at('thawed')),
    },
    readyAgainMs: {
      afterRestart: firstReadyAfter(at('back')),
      afterFirstAnswer: firstReadyAfter(at('answering')),
      afterThaw: firstReadyAfter(at('thawed')),
    },
  };
}
