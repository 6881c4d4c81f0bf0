// Builds the offline GraphiQL playground (playground/) into playground/dist/ with Vite's JS API.
// Cheap when nothing changed: skips the build when dist/index.html is newer than every source file under
// playground/ and than package-lock.json (a GraphiQL/Monaco upgrade also needs a rebuild).
//
//   tsx scripts/build-playground.ts [--force]
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const playgroundDir = join(repoRoot, 'playground');
export const playgroundDist = join(playgroundDir, 'dist');
const indexHtml = join(playgroundDist, 'index.html');
const configFile = join(playgroundDir, 'vite.config.ts');
const lockFile = join(repoRoot, 'package-lock.json');

/** Never looked at when deciding whether the bundle is stale. */
const IGNORED_DIRS = new Set(['dist', 'node_modules']);

export interface BuildResult {
  built: boolean;
  /** Why it built or skipped, one line. */
  reason: string;
  /** Wall-clock build time (0 when skipped). */
  ms: number;
  /** Total size of playground/dist in bytes. */
  bytes: number;
  files: number;
}

async function mtimeMs(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Every file under dir, skipping directories named in `skip`, with its stats. */
async function* walk(dir: string, skip: ReadonlySet<string> = new Set()): AsyncGenerator<[string, Stats]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* walk(path, skip);
    } else if (entry.isFile()) {
      yield [path, await stat(path)];
    }
  }
}

/** The newest source file under playground/ as [path, mtime]. */
async function newestSource(): Promise<[string, number]> {
  let newest: [string, number] = ['', 0];
  for await (const [path, stats] of walk(playgroundDir, IGNORED_DIRS)) {
    if (stats.mtimeMs > newest[1]) newest = [path, stats.mtimeMs];
  }
  return newest;
}

async function distSize(): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for await (const [, stats] of walk(playgroundDist)) {
    bytes += stats.size;
    files += 1;
  }
  return { bytes, files };
}

/** Why the bundle must be (re)built, or undefined when dist/index.html is newer than every input. */
export async function staleReason(): Promise<string | undefined> {
  const built = await mtimeMs(indexHtml);
  if (built === undefined) return 'no playground/dist/index.html';
  const [path, newest] = await newestSource();
  if (newest > built) return `${relative(repoRoot, path)} changed`;
  const lock = await mtimeMs(lockFile);
  if (lock !== undefined && lock > built) return 'package-lock.json changed';
  return undefined;
}

export async function buildPlayground(options: { force?: boolean } = {}): Promise<BuildResult> {
  const reason = options.force === true ? 'forced' : await staleReason();
  if (reason === undefined) {
    const size = await distSize();
    return { built: false, reason: 'up to date', ms: 0, ...size };
  }
  // Imported lazily: loading Vite costs ~0.3 s, which `npm start` should not pay when nothing changed.
  const { build } = await import('vite');
  const started = performance.now();
  await build({ configFile, logLevel: 'warn' });
  const ms = performance.now() - started;
  const size = await distSize();
  return { built: true, reason, ms, ...size };
}

export function describe(result: BuildResult): string {
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.files} files`;
  return result.built
    ? `playground: built in ${(result.ms / 1000).toFixed(1)} s (${result.reason}) -> playground/dist, ${size}`
    : `playground: up to date, build skipped (playground/dist, ${size})`;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    const result = await buildPlayground({ force: process.argv.includes('--force') });
    console.log(describe(result));
  } catch (error: unknown) {
    console.error('playground: build failed:', error);
    process.exitCode = 1;
  }
}
