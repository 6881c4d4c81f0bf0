// Entry point of an analysis worker thread. The service runs TypeScript through tsx, which a worker thread does
// not inherit everywhere (vitest's workers, for one): it is registered here, then the TypeScript body loaded.
import { register } from 'tsx/esm/api';

register();
const { analyseTask } = await import('./analysis-thread.ts');

export default analyseTask;
