import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DbGuard } from '../../src/neo4j/guard.js';
import { PlanGate, planKey } from '../../src/neo4j/plan-gate.js';

/** A statement run the test finishes by hand, recording when it started. */
function manual() {
  const started: number[] = [];
  const finishers: ((ok: boolean) => void)[] = [];
  const run = (id: number) => () =>
    new Promise<number>((resolve, reject) => {
      started.push(id);
      finishers.push((ok) => {
        if (ok) resolve(id);
        else reject(new Error(`run ${String(id)} failed`));
      });
    });
  const finish = (index: number, ok = true) => {
    finishers[index]?.(ok);
  };
  return { started, run, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the plan gate', () => {
  it('lets the first run of a statement go alone and the runs that came meanwhile after it, together', async () => {
    const gate = new PlanGate();
    const { started, run, finish } = manual();
    const answers = [1, 2, 3].map((id) => gate.pass('entity/page', run(id)));
    await tick();
    expect(started).toEqual([1]);
    finish(0);
    await tick();
    expect(started).toEqual([1, 2, 3]);
    finish(1);
    finish(2);
    expect(await Promise.all(answers)).toEqual([1, 2, 3]);
    // Planned: the next runs go at once, however many.
    const later = [4, 5].map((id) => gate.pass('entity/page', run(id)));
    await tick();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    finish(3);
    finish(4);
    await Promise.all(later);
    expect(gate.size).toBe(1);
  });

  it('gates each statement apart', async () => {
    const gate = new PlanGate();
    const { started, run, finish } = manual();
    const a = gate.pass('entity/page', run(1));
    const b = gate.pass('search/hits', run(2));
    await tick();
    expect(started).toEqual([1, 2]);
    finish(0);
    finish(1);
    await Promise.all([a, b]);
  });

  it('after a failed first run lets the waiters go, and the next run is a first run again', async () => {
    const gate = new PlanGate();
    const { started, run, finish } = manual();
    const first = gate.pass('timeline/entity', run(1));
    const waiters = [2, 3].map((id) => gate.pass('timeline/entity', run(id)));
    await tick();
    finish(0, false);
    await expect(first).rejects.toThrow('run 1 failed');
    await tick();
    expect(started).toEqual([1, 2, 3]);
    finish(1, false);
    finish(2, false);
    await Promise.allSettled(waiters);
    expect(gate.size).toBe(0);
    const again = gate.pass('timeline/entity', run(4));
    const waiting = gate.pass('timeline/entity', run(5));
    await tick();
    expect(started).toEqual([1, 2, 3, 4]);
    finish(3);
    await tick();
    finish(4);
    await Promise.all([again, waiting]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('forgets what was planned', async () => {
    const gate = new PlanGate();
    await gate.pass('entities/page', () => Promise.resolve(1));
    expect(gate.size).toBe(1);
    gate.forget();
    expect(gate.size).toBe(0);
  });

  it('keys a statement by its name and the class of each parameter', () => {
    const page = { limit: 20 };
    expect(planKey('entity/page', { ids: ['a'], mentions: page, relations: null })).toBe(
      planKey('entity/page', { ids: ['b', 'c'], mentions: { limit: 5 }, relations: undefined }),
    );
    expect(planKey('entity/page', { ids: ['a'], mentions: page, relations: null })).not.toBe(
      planKey('entity/page', { ids: ['a'], mentions: page, relations: page }),
    );
    expect(planKey('search/hits', { text: 'x', first: 10, withText: true })).toBe(
      'search/hits|text:s|first:i|withText:b',
    );
    expect(planKey('entity/page', {})).not.toBe(planKey('entity/facts', {}));
  });

  it('is forgotten when the circuit to Neo4j opens (a restarted Neo4j has lost its plans)', async () => {
    let down = false;
    const refused = () => new Neo4jError('connection refused', 'ServiceUnavailable', 'N/A', 'N/A');
    const driver = {
      session: () => ({
        run: () => (down ? Promise.reject(refused()) : Promise.resolve()),
        close: () => Promise.resolve(),
      }),
    } as unknown as Driver;
    const guard = new DbGuard(driver, {
      database: 'neo4j',
      queryTimeoutMs: 5_000,
      slotWaitMs: 1_000,
      maxConcurrentQueries: 4,
      maxConcurrentHeavy: 1,
    });
    const statement = () => (down ? Promise.reject(refused()) : Promise.resolve('rows'));
    await guard.plans.pass('entity/page', () => guard.run('light', statement));
    expect(guard.plans.size).toBe(1);
    down = true;
    await expect(guard.plans.pass('search/hits', () => guard.run('light', statement))).rejects.toThrow();
    expect(guard.stats().circuit).toBe('open');
    expect(guard.plans.size).toBe(0);
  });
});
