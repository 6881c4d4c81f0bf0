// Entry point of an analysis worker thread when the service runs TypeScript through tsx (tests, npm run dev);
// npm start runs the built JavaScript, which loads analysis-thread.js directly. A worker thread does not inherit
// tsx everywhere (vitest's workers, for one): it is registered here, then the TypeScript body loaded.
import { register } from 'tsx/esm/api';

register();
const { analyseTask } = await import('./analysis-thread.ts');

export { analyseTask };
