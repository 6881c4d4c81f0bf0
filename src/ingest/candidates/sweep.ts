/**
 * A faster, equivalent match sweep for compromise (its post-tagger runs one sweep of ~1,000 patterns over every
 * parse, some third of the analysis of an article). compromise lists each sentence's candidate patterns by walking
 * every key of the pattern net and concatenating, then filters them three times; that listing alone was a sixth
 * of the analysis. Here each sentence looks up only the words and tags it has, in the net's own key order, and
 * checks each pattern once, so it tries the same patterns in the same order and tags exactly as before
 * (test/unit/ingest-compromise-sweep.test.ts compares every term's tags with compromise's own sweep).
 */
import nlp from 'compromise';

/** A pattern of the net, as compromise's buildNet leaves it (only what the sweep reads). */
interface Pattern {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}
type Hooks = Readonly<Record<string, readonly Pattern[]>>;
interface Net {
  readonly hooks: Hooks;
  readonly always: readonly Pattern[];
}
type Sentence = readonly unknown[];
interface Found {
  readonly ptrs: number[][];
}
interface OneMethods {
  bulkMatch: (document: readonly Sentence[], net: Net, methods: ViewMethods, opts?: SweepOptions) => unknown;
  cacheDoc: (document: readonly Sentence[]) => readonly ReadonlySet<string>[];
}
interface ViewMethods {
  readonly one: { match: (document: readonly Sentence[], pattern: Pattern) => Found };
}
interface SweepOptions {
  readonly matchOne?: boolean;
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

/**
 * The net's keys in its own order (the order compromise walks them in), each key's place in it, and per key the
 * number of each of its patterns' match text (compromise keeps the first pattern of each text a sentence has).
 */
interface Ranked {
  readonly keys: readonly string[];
  readonly rank: ReadonlyMap<string, number>;
  readonly textIds: Int32Array[];
  /** Per text number, the last sentence (a running count) that had a pattern of that text. */
  readonly seenIn: Float64Array;
}
const rankings = new WeakMap<Hooks, Ranked>();
/** Sentences swept so far in this process: a Float64Array holds it exactly for 2^53 sentences. */
let sentenceCount = 0;
function rankingOf(hooks: Hooks): Ranked {
  let ranked = rankings.get(hooks);
  if (ranked === undefined) {
    const keys = Object.keys(hooks);
    const texts = new Map<string, number>();
    const textIds = keys.map((key) =>
      Int32Array.from(hooks[key] ?? [], (pattern) => {
        let id = texts.get(pattern.match);
        if (id === undefined) texts.set(pattern.match, (id = texts.size));
        return id;
      }),
    );
    ranked = {
      keys,
      rank: new Map(keys.map((key, index) => [key, index])),
      textIds,
      seenIn: new Float64Array(texts.size),
    };
    rankings.set(hooks, ranked);
  }
  return ranked;
}

/** compromise's trimDown and tooSmall for one pattern: its needs met, none of its ifNo, enough of its wants. */
function applies(pattern: Pattern, has: ReadonlySet<string>, words: number): boolean {
  if (words < pattern.minWords) return false;
  for (const need of pattern.needs) if (!has.has(need)) return false;
  if (pattern.ifNo?.some((no) => has.has(no)) === true) return false;
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (has.has(want)) found += 1;
  return found >= pattern.minWant;
}

/** The patterns compromise would try on one sentence, in its order: by key, first of each match, then `always`. */
function patternsFor(net: Net, has: ReadonlySet<string>, words: number): Pattern[] {
  const ranked = rankingOf(net.hooks);
  const at: number[] = [];
  for (const key of has) {
    const index = ranked.rank.get(key);
    if (index !== undefined) at.push(index);
    else if (Object.hasOwn(net.hooks, key)) return rankAgain(net, has, words);
  }
  at.sort((a, b) => a - b);
  sentenceCount += 1;
  const sentence = sentenceCount;
  const { keys, textIds, seenIn } = ranked;
  const patterns: Pattern[] = [];
  for (const index of at) {
    const list = net.hooks[keys[index] ?? ''] ?? [];
    const ids = textIds[index];
    if (ids?.length !== list.length) return rankAgain(net, has, words);
    for (let i = 0; i < list.length; i += 1) {
      const id = ids[i] ?? -1;
      if (seenIn[id] === sentence) continue;
      seenIn[id] = sentence;
      const pattern = list[i];
      if (pattern && applies(pattern, has, words)) patterns.push(pattern);
    }
  }
  for (const pattern of net.always) if (words >= pattern.minWords) patterns.push(pattern);
  return patterns;
}

/** A net changed after its keys were ranked (a key or a pattern added): rank it again. */
function rankAgain(net: Net, has: ReadonlySet<string>, words: number): Pattern[] {
  rankings.delete(net.hooks);
  return patternsFor(net, has, words);
}

/** compromise's sweep (src/1-one/sweep/methods/sweep) with the listing above; runs the patterns as it does. */
function sweep(
  one: OneMethods,
  document: readonly Sentence[],
  net: Net,
  methods: ViewMethods,
  opts: SweepOptions,
) {
  const caches = one.cacheDoc(document);
  const results: (Pattern & { pointer: number[] })[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const sentence = document[n] ?? [];
    for (const pattern of patternsFor(net, caches[n] ?? new Set(), sentence.length)) {
      const found = methods.one.match([sentence], pattern);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...pattern, pointer });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

let installed = false;

/** Installs the faster sweep once per process (compromise's methods are shared by every parse). */
export function installFastSweep(): void {
  if (installed) return;
  installed = true;
  const methods: unknown = nlp.methods();
  const one: unknown =
    typeof methods === 'object' && methods !== null && 'one' in methods ? methods.one : null;
  if (!isOneMethods(one)) return;
  one.bulkMatch = (document, net, viewMethods, opts = {}) => sweep(one, document, net, viewMethods, opts);
}
