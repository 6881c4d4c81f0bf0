/**
 * The first run of a statement goes alone; the runs that arrive while it is out wait for it, then go together.
 *
 * Neo4j plans a statement the first time it sees its text (per parameter shape) and keeps the plan, but it does
 * not share the planning between runs that arrive together: 32 requests for the entity page on a Neo4j just
 * started each planned it, and on two cores the last answered after 17.8 s where one run then 31 took 6.3 s
 * (size M, var/ experiment of 2 December) — in the service that was a minute of UNAVAILABLE answers, every
 * request past its 5 s deadline, until the plans were in. Planning is the bulk of a cold first run (several
 * seconds on a cold JVM against ~5 ms warm), so one planning run ahead of the others costs them that once.
 *
 * A waiter waits for one first run only: if it fails (deadline, outage), the waiters run as they would have,
 * and the next run of the statement is a first run again. Nothing is held while waiting (no lane slot, no
 * session). Once Neo4j may have lost its plans (the circuit opened: it stopped answering, maybe restarted) the
 * gate forgets what it saw.
 */
export class PlanGate {
  private readonly planned = new Set<string>();
  private readonly firstRuns = new Map<string, Promise<void>>();

  /** Runs `run` for the statement `key`: at once if planned, else alone or after the first run out. */
  async pass<T>(key: string, run: () => Promise<T>): Promise<T> {
    if (this.planned.has(key)) return run();
    const inFlight = this.firstRuns.get(key);
    if (inFlight !== undefined) {
      await inFlight;
      return run();
    }
    const running = run();
    const settled = running.then(
      () => {
        this.planned.add(key);
      },
      () => undefined,
    );
    this.firstRuns.set(key, settled);
    void settled.finally(() => {
      if (this.firstRuns.get(key) === settled) this.firstRuns.delete(key);
    });
    return running;
  }

  /** Statements (and shapes) seen to run since the gate last forgot. */
  get size(): number {
    return this.planned.size;
  }

  forget(): void {
    this.planned.clear();
  }
}

/** The JSON-ish class of a parameter value: what Neo4j's plan cache tells plans apart by, coarsely. */
function shapeOf(value: unknown): string {
  if (value === null || value === undefined) return 'n';
  if (Array.isArray(value)) return 'l';
  switch (typeof value) {
    case 'string':
      return 's';
    case 'number':
    case 'bigint':
      return 'i';
    case 'boolean':
      return 'b';
    default:
      return 'm';
  }
}

/**
 * A statement's gate key: its name and the class of each parameter, so a statement asked with a page
 * (`$relations` a map) and without (null) are gated apart, as Neo4j may plan them apart.
 */
export function planKey(name: string, params: Record<string, unknown>): string {
  let key = name;
  for (const k in params) key += `|${k}:${shapeOf(params[k])}`;
  return key;
}
