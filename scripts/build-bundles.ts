// Builds the browser bundles with Vite's JS API: the offline GraphiQL playground (playground/ → playground/dist)
// and the dashboard components (components/ → components/dist). Cheap when nothing changed: a bundle is skipped
// when its dist/ marker file is newer than every source file under its folder and than package-lock.json (a
// dependency upgrade also needs a rebuild).
//
//   tsx scripts/build-bundles.ts [playground|components ...] [--force]
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const lockFile = join(repoRoot, 'package-lock.json');

export interface Bundle {
  name: 'playground' | 'components';
  dir: string;
  dist: string;
  /** A file every build writes last-ish; its age says when the bundle was built. */
  marker: string;
}

function bundle(name: Bundle['name'], marker: string): Bundle {
  const dir = join(repoRoot, name);
  return { name, dir, dist: join(dir, 'dist'), marker: join(dir, 'dist', marker) };
}

export const PLAYGROUND = bundle('playground', 'index.html');
export const COMPONENTS = bundle('components', 'kg-components.js');
export const BUNDLES: readonly Bundle[] = [PLAYGROUND, COMPONENTS];

export const playgroundDir = PLAYGROUND.dir;
export const playgroundDist = PLAYGROUND.dist;

/** Never looked at when deciding whether a bundle is stale. */
const IGNORED_DIRS = new Set(['dist', 'node_modules']);

export interface BuildResult {
  bundle: Bundle['name'];
  built: boolean;
  /** Why it built or skipped, one line. */
  reason: string;
  /** Wall-clock build time (0 when skipped). */
  ms: number;
  /** Total size of dist/ in bytes. */
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

/** The newest source file of a bundle as [path, mtime]. */
async function newestSource(target: Bundle): Promise<[string, number]> {
  let newest: [string, number] = ['', 0];
  for await (const [path, stats] of walk(target.dir, IGNORED_DIRS)) {
    if (stats.mtimeMs > newest[1]) newest = [path, stats.mtimeMs];
  }
  return newest;
}

async function distSize(target: Bundle): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for await (const [, stats] of walk(target.dist)) {
    bytes += stats.size;
    files += 1;
  }
  return { bytes, files };
}

/** Why a bundle must be (re)built, or undefined when its marker is newer than every input. */
export async function staleReason(target: Bundle = PLAYGROUND): Promise<string | undefined> {
  const built = await mtimeMs(target.marker);
  if (built === undefined) return `no ${relative(repoRoot, target.marker)}`;
  const [path, newest] = await newestSource(target);
  if (newest > built) return `${relative(repoRoot, path)} changed`;
  const lock = await mtimeMs(lockFile);
  if (lock !== undefined && lock > built) return 'package-lock.json changed';
  return undefined;
}

export async function buildBundle(target: Bundle, options: { force?: boolean } = {}): Promise<BuildResult> {
  const reason = options.force === true ? 'forced' : await staleReason(target);
  if (reason === undefined) {
    const size = await distSize(target);
    return { bundle: target.name, built: false, reason: 'up to date', ms: 0, ...size };
  }
  // Imported lazily: loading Vite costs ~0.3 s, which `npm start` should not pay when nothing changed.
  const { build } = await import('vite');
  const started = performance.now();
  await build({ configFile: join(target.dir, 'vite.config.ts'), logLevel: 'warn' });
  const ms = performance.now() - started;
  const size = await distSize(target);
  return { bundle: target.name, built: true, reason, ms, ...size };
}

export const buildPlayground = (options: { force?: boolean } = {}): Promise<BuildResult> =>
  buildBundle(PLAYGROUND, options);
export const buildComponents = (options: { force?: boolean } = {}): Promise<BuildResult> =>
  buildBundle(COMPONENTS, options);

export function describe(result: BuildResult): string {
  const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.files} files`;
  const where = `${result.bundle}/dist`;
  return result.built
    ? `${result.bundle}: built in ${(result.ms / 1000).toFixed(1)} s (${result.reason}) -> ${where}, ${size}`
    : `${result.bundle}: up to date, build skipped (${where}, ${size})`;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const targets = named.length === 0 ? BUNDLES : BUNDLES.filter((b) => named.includes(b.name));
  for (const target of targets) {
    try {
      const result = await buildBundle(target, { force: process.argv.includes('--force') });
      console.log(describe(result));
    } catch (error: unknown) {
      console.error(`${target.name}: build failed:`, error);
      process.exitCode = 1;
    }
  }
}
