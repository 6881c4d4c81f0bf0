// The service's main thread does not load the analysis stages (compromise's lexicon and tagger, the linker) when
// it starts: they load on the first analysis in a thread (src/ingest/pipeline.ts loadAnalysis), and the service
// analyses on worker threads. This walks the static imports from src/main.ts (type-only imports are erased; a
// dynamic import() is not followed) and fails when one of them reaches an analysis module again.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gms;

/** Every module reached by static imports from `entry`: files under src/ by path, packages by name. */
function staticGraph(entry: string): Map<string, string> {
  const reached = new Map<string, string>([[entry, '(entry)']]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) {
      if (spec === undefined) continue;
      const target = spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : spec;
      if (reached.has(target)) continue;
      reached.set(target, file);
      if (spec.startsWith('.')) queue.push(target);
    }
  }
  return reached;
}

/** How `target` was reached, for the failure message. */
function chain(graph: Map<string, string>, target: string): string {
  const steps = [target];
  for (let at = graph.get(target); at !== undefined && at !== '(entry)'; at = graph.get(at)) steps.push(at);
  return steps.map((s) => s.replace(`${repoRoot}/`, '')).join(' <- ');
}

describe('the service at start-up', () => {
  const graph = staticGraph(join(repoRoot, 'src', 'main.ts'));

  it('reaches the service itself through static imports (the walk works)', () => {
    expect(graph.has(join(repoRoot, 'src', 'service.ts'))).toBe(true);
    expect(graph.has('neo4j-driver')).toBe(true);
  });

  it.each(['compromise', 'src/ingest/analyse.ts', 'src/ingest/linker.ts'])('does not load %s', (name) => {
    const module = name.startsWith('src/') ? join(repoRoot, name) : name;
    expect(graph.has(module), graph.has(module) ? chain(graph, module) : '').toBe(false);
  });
});
