/**
 * A faster, equivalent first step for compromise's match sweep (its post-tagger runs one sweep of ~1,000
 * patterns over every parse). compromise lists each sentence's candidate patterns by walking every key of the
 * pattern net (thousands) and asking whether the sentence has it; that walk, repeated per sentence, is about a
 * tenth of the analysis of an article. Here the sweep is handed a net whose keys are only those the document
 * has, in the net's own order, so it finds the same candidates in the same order and tags exactly as before.
 */
import nlp from 'compromise';

type Hooks = Readonly<Record<string, unknown>>;
interface Net {
  readonly hooks: Hooks;
}
type Caches = readonly ReadonlySet<string>[];
type BulkMatch = (document: unknown, net: Net, methods: unknown, opts: unknown) => unknown;
interface OneMethods {
  bulkMatch: BulkMatch;
  cacheDoc: (document: unknown) => Caches;
}

function isOneMethods(value: unknown): value is OneMethods {
  return (
    typeof value === 'object' &&
    value !== null &&
    'bulkMatch' in value &&
    typeof value.bulkMatch === 'function' &&
    'cacheDoc' in value &&
    typeof value.cacheDoc === 'function'
  );
}

/** Each key's position in the net's key order, computed once per net. */
const ranks = new WeakMap<Hooks, ReadonlyMap<string, number>>();
function rankOf(hooks: Hooks): ReadonlyMap<string, number> {
  let rank = ranks.get(hooks);
  if (rank === undefined) {
    rank = new Map(Object.keys(hooks).map((key, index) => [key, index]));
    ranks.set(hooks, rank);
  }
  return rank;
}

/** The net's hooks that occur in the document, in the net's order (the order compromise walks them in). */
function presentHooks(hooks: Hooks, caches: Caches): Hooks {
  let rank = rankOf(hooks);
  const present = new Set<string>();
  for (const cache of caches) for (const key of cache) if (Object.hasOwn(hooks, key)) present.add(key);
  // A net extended after its keys were ranked: rank again.
  if ([...present].some((key) => !rank.has(key))) {
    ranks.delete(hooks);
    rank = rankOf(hooks);
  }
  const ordered = [...present].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return Object.fromEntries(ordered.map((key) => [key, hooks[key]]));
}

let installed = false;

/** Installs the faster first step once per process (compromise's methods are shared by every parse). */
export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  const methods: unknown = nlp.methods();
  const one: unknown =
    typeof methods === 'object' && methods !== null && 'one' in methods ? methods.one : null;
  if (!isOneMethods(one)) return;
  const original = one.bulkMatch;
  one.bulkMatch = (document, net, ...rest) =>
    original(document, { ...net, hooks: presentHooks(net.hooks, one.cacheDoc(document)) }, ...rest);
}
