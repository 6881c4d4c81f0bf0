import { Router } from 'express';

export interface Readiness {
  /** True once migrations and seeding have finished. */
  started(): boolean;
  /** True while the database answers. */
  databaseReachable(): Promise<boolean>;
}

/** Liveness says the process serves HTTP; readiness says it can answer queries. */
export function healthRouter(readiness: Readiness): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const started = readiness.started();
    const database = started && (await readiness.databaseReachable());
    res.status(started && database ? 200 : 503).json({
      status: started && database ? 'ready' : 'not ready',
      migrations: started ? 'applied' : 'pending',
      database: database ? 'reachable' : started ? 'unreachable' : 'unknown',
    });
  });
  return router;
}
