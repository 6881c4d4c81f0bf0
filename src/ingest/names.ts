/**
 * Name normalisation shared by ingest (alias keys, linking, candidates) and curated data.
 *
 * `nameKey` maps every spelling a news source might use for the same name to one key, so that
 * "Sergey Lavrov" / "Sergei Lavrov", "Panteleyev" / "Panteleev", "Kim Jong-un" / "Kim Jong Un"
 * and "Rosaviatsiya" / "Rosaviatsia" compare equal. Folding is per token and deliberately small:
 * each rule maps a known romanisation variant (mostly Russian and Korean) and nothing broader, so
 * different names keep different keys.
 */

/** One word of a text: offsets into the original string, its original spelling and its folded key. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** text.slice(start, end), original spelling. */
  readonly raw: string;
  /** Folded form of `raw` (see `foldToken`). */
  readonly key: string;
}

// A token is a letter or digit followed by letters, combining marks and digits; everything else
// separates tokens. A mark cannot start one: an emoji's variation selector (U+FE0F) glued to a name
// ("✈️Moscow") stays outside it. As a regex, /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu; scanned by hand (see
// forEachTokenSpan), and these answer for the characters beyond ASCII, one at a time.
const TOKEN_START = /[\p{L}\p{N}]/uy;
const TOKEN_PART = /[\p{L}\p{M}\p{N}]/uy;
const APOSTROPHE = /['’ʼ‘`´]/;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whole-token equivalences that no general rule can express safely. Kept tiny on purpose:
 * "Choe" is the North Korean romanisation of the surname written "Choi" in the South.
 */
const TOKEN_EQUIVALENTS: ReadonlyMap<string, string> = new Map([['choe', 'choi']]);

/**
 * Romanisation folding for one lowercase, diacritic-free token. Order matters: later rules see the
 * output of earlier ones. Each rule names the variant pair it exists for.
 */
const FOLDS: readonly (readonly [RegExp, string])[] = [
  // Alexey / Aleksei, Maxim / Maksim: Latin x is Cyrillic "кс".
  [/x/g, 'ks'],
  // Aleksander / Aleksandr.
  [/ksander$/, 'ksandr'],
  // Panteleyev / Panteleev, Sheremetyevo / Sheremetevo, Dostoyevsky / Dostoevsky: "е" after a
  // vowel or soft sign is written "ye" or "e".
  [/yev/g, 'ev'],
  // Yevgeny / Evgeny, Andreyev / Andreev (the "yev" rule already took most), Yeltsin / Eltsin.
  [/^ye/, 'e'],
  [/([aeiou])ye/g, '$1e'],
  // Rosaviatsiya / Rosaviatsia, Mariya / Maria.
  [/iya/g, 'ia'],
  // Yuri / Iuri, Yulia / Iulia, Yana / Iana, Zhukovskaya / Zhukovskaia: "ю" and "я" as yu/iu, ya/ia.
  [/yu/g, 'iu'],
  [/ya/g, 'ia'],
  // Sergey / Sergei, Nikolay / Nikolai, Tolstoy / Tolstoi: final "й" after a vowel.
  [/([aeiou])y$/, '$1i'],
  // Dmitriy / Dmitrii / Dmitry / Dmitri, Yuriy / Yuri, Zelenskyy / Zelensky: final "ий" / "ый".
  [/(?:iy|ii|yi|yy)$/, 'i'],
  [/([^aeiouy])y$/, '$1i'],
];

/** Words recur across articles; folding is the hot path of tokenizing, so keys are remembered. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 50_000;

/** Folds one token: NFKD without diacritics, lowercase, romanisation variants unified. */
export function foldToken(token: string): string {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = foldUncached(token);
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    foldCache.set(token, folded);
  }
  return folded;
}

function foldUncached(token: string): string {
  const plain = token
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const equivalent = TOKEN_EQUIVALENTS.get(plain);
  if (equivalent !== undefined) return equivalent;
  // Single letters (initials) and digits carry no romanisation variance.
  if (plain.length < 3 || !/^[a-z]+$/.test(plain)) return plain;
  let folded = plain;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * Splits text into word tokens with offsets into the original string. Hyphens, apostrophes and
 * punctuation separate tokens ("Jong-un" is "Jong" + "un"), and a possessive 's is dropped
 * ("Russia’s" yields only "Russia"), so keys match however the name is punctuated.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachTokenSpan(text, (start, end) => {
    const raw = text.slice(start, end);
    if (!isPossessiveS(text, start, raw)) tokens.push({ start, end, raw, key: foldToken(raw) });
  });
  return tokens;
}

/**
 * The tokens of `text` whose keys are in `keys`, in text order: what `tokenize(text)` filtered by key gives,
 * without a Token for every other word (search cuts a passage out of each article hit on every request).
 */
export function tokensWithKeys(text: string, keys: ReadonlySet<string>): Token[] {
  const found: Token[] = [];
  forEachTokenSpan(text, (start, end) => {
    const raw = text.slice(start, end);
    const key = foldToken(raw);
    if (keys.has(key) && !isPossessiveS(text, start, raw)) found.push({ start, end, raw, key });
  });
  return found;
}

/**
 * Calls `visit` with the offsets of each token, in text order: what matching the token regex over the text
 * finds. By hand because the regex, with its Unicode classes, cost three times this loop, which asks
 * them only of characters beyond ASCII; tokenizing is the bulk of search passages and of ingest analysis.
 */
function forEachTokenSpan(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = tokenCharAt(text, i, TOKEN_START);
    // Past a character no token starts with, one code unit on: the second half of a surrogate pair starts none.
    if (first === 0) {
      i += 1;
      continue;
    }
    const start = i;
    i += first;
    for (let part = tokenCharAt(text, i, TOKEN_PART); part > 0; part = tokenCharAt(text, i, TOKEN_PART)) {
      i += part;
    }
    visit(start, i);
  }
}

/** The length (1 or 2 code units) of the character at `i` when `pattern` takes it, else 0. */
function tokenCharAt(text: string, i: number, pattern: RegExp): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (i >= text.length) return 0;
  pattern.lastIndex = i;
  return pattern.test(text) ? pattern.lastIndex - i : 0;
}

/** True when `raw` is the "s" of a possessive "’s" (an apostrophe before it, no letter after). */
function isPossessiveS(text: string, start: number, raw: string): boolean {
  if (raw !== 's' && raw !== 'S') return false;
  const before = text[start - 1];
  const beforeThat = text[start - 2];
  const after = text[start + 1];
  return (
    before !== undefined &&
    APOSTROPHE.test(before) &&
    beforeThat !== undefined &&
    LETTER.test(beforeThat) &&
    (after === undefined || !LETTER.test(after))
  );
}

/** The normalised key of a name: its token keys joined by single spaces ('' for no tokens). */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((token) => token.key)
    .join(' ');
}
