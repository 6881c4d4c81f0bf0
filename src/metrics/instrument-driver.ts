import neo4j, { type Driver, type Session, type SessionConfig, type Transaction } from 'neo4j-driver';
import type { Neo4jMode, Neo4jObserver } from './metrics.js';

/**
 * neo4j-driver has no hooks for timing queries, so the driver the service uses is wrapped here, at the one
 * boundary every round trip crosses: `driver.executeQuery` (Db.runSchema, the guard's probe), a session's
 * auto-commit `run` (Db.read), its explicit transactions (Db.write, Db.writeTransaction) and its
 * `executeRead`/`executeWrite`. Each call is reported with its statement name and metadata (which Db attaches to
 * every transaction) and the access mode it really went out with. Everything else passes through untouched.
 */

interface TxConfigLike {
  metadata?: Record<string, unknown>;
}

interface QueryConfigLike {
  routing?: string;
  transactionConfig?: TxConfigLike;
}

const nameOf = (metadata: Record<string, unknown>): string =>
  typeof metadata.query === 'string' ? metadata.query : 'unnamed';

/** Reports a round trip as started; the function returned reports it finished (once, whatever calls it). */
function startCall(
  observers: readonly Neo4jObserver[],
  mode: Neo4jMode,
  metadata: Record<string, unknown> = {},
): (ok: boolean) => void {
  const call = { query: nameOf(metadata), mode, metadata };
  for (const o of observers) o.started?.(call);
  const start = process.hrtime.bigint();
  let finished = false;
  return (ok) => {
    if (finished) return;
    finished = true;
    const durationSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    for (const o of observers) o.finished({ ...call, durationSeconds, ok });
  };
}

async function observed<T>(
  observers: readonly Neo4jObserver[],
  mode: Neo4jMode,
  metadata: Record<string, unknown> | undefined,
  run: () => Promise<T>,
): Promise<T> {
  const finish = startCall(observers, mode, metadata);
  let ok = false;
  try {
    const result = await run();
    ok = true;
    return result;
  } finally {
    finish(ok);
  }
}

/**
 * An explicit transaction (Db's own, so it can abandon one at its deadline) is one round trip from begin to
 * commit or rollback; one abandoned with its session counts as failed when the session closes.
 */
function instrumentTransaction(
  session: Session,
  observers: readonly Neo4jObserver[],
  mode: Neo4jMode,
  txConfig: TxConfigLike | undefined,
): { tx: Transaction; abandon: () => void } {
  const finish = startCall(observers, mode, txConfig?.metadata);
  const tx = session.beginTransaction(txConfig);
  const wrapped = new Proxy(tx, {
    get(target, property) {
      if (property === 'commit' || property === 'rollback') {
        return async () => {
          try {
            await target[property]();
            finish(property === 'commit');
          } catch (error) {
            finish(false);
            throw error;
          }
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    tx: wrapped,
    abandon: () => {
      finish(false);
    },
  };
}

function instrumentSession(
  session: Session,
  observers: readonly Neo4jObserver[],
  config: SessionConfig | undefined,
): Session {
  const open: (() => void)[] = [];
  return new Proxy(session, {
    get(target, property) {
      if (property === 'executeRead' || property === 'executeWrite') {
        const mode: Neo4jMode = property === 'executeRead' ? 'read' : 'write';
        return (work: unknown, txConfig?: TxConfigLike) =>
          observed(observers, mode, txConfig?.metadata, () =>
            target[property](work as never, txConfig as never),
          );
      }
      const mode: Neo4jMode = config?.defaultAccessMode === neo4j.session.READ ? 'read' : 'write';
      if (property === 'run') {
        // An auto-commit transaction (Db.read): one round trip, finished when its records are in.
        return (query: string, parameters?: Record<string, unknown>, txConfig?: TxConfigLike) => {
          const finish = startCall(observers, mode, txConfig?.metadata);
          const result = target.run(query, parameters, txConfig);
          result.then(
            () => {
              finish(true);
            },
            () => {
              finish(false);
            },
          );
          return result;
        };
      }
      if (property === 'beginTransaction') {
        return (txConfig?: TxConfigLike) => {
          const { tx, abandon } = instrumentTransaction(target, observers, mode, txConfig);
          open.push(abandon);
          return tx;
        };
      }
      if (property === 'close') {
        return async () => {
          for (const abandon of open) abandon();
          await target.close();
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The driver, reporting every round trip to `observers` (metrics, and tests that check modes and tags). */
export function instrumentDriver(driver: Driver, observers: readonly Neo4jObserver[]): Driver {
  if (observers.length === 0) return driver;
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'executeQuery') {
        return (query: string, parameters?: Record<string, unknown>, config?: QueryConfigLike) =>
          observed(
            observers,
            config?.routing === neo4j.routing.READ ? 'read' : 'write',
            config?.transactionConfig?.metadata,
            () => target.executeQuery(query, parameters, config as never),
          );
      }
      if (property === 'session') {
        return (config?: SessionConfig) => instrumentSession(target.session(config), observers, config);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
