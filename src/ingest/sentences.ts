/**
 * Sentence splitting with offsets into the article text. Mentions, claims and statements cite
 * sentences by index and offset, so `text.slice(start, end) === sentence.text` must always hold.
 */

export interface Sentence {
  /** 0-based position in the article. */
  readonly index: number;
  /** Offset of the first character in the article text. */
  readonly start: number;
  /** Offset just past the last character (exclusive). */
  readonly end: number;
  /** The sentence, trimmed; equal to text.slice(start, end). */
  readonly text: string;
}

/**
 * A possible boundary: terminal punctuation, optional closing quotes or brackets, whitespace that
 * stays on the line, then the next non-space character (captured, not consumed). Newlines are
 * handled separately because every line break is a hard boundary.
 */
const BOUNDARY = /([.!?…]+)(["”’'»)\]]*)([ \t\u00a0]+)(?=(\S))/gu;
/** What may start a new sentence: a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /[\p{Lu}\p{N}“"‘'«([]/u;

/** Abbreviations that never end a sentence (titles and the like are always followed by a name). */
const ALWAYS_ABBREVIATION = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'mt',
  'ft',
  'vs',
  'approx',
  'dept',
  'fig',
  'vol',
  'e.g',
  'i.e',
]);

/**
 * Abbreviations that end a sentence unless a number follows: "on Nov. 20" continues, while
 * "signed in Dec. Russia said" is two sentences.
 */
const NUMBER_ABBREVIATION = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'art',
  'p',
  'pp',
]);

/** Splits text into sentences; line breaks always end a sentence (paragraphs, captions). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (const [start, end] of splitLine(text, lineStart, lineEnd)) {
      pushTrimmed(text, start, end, sentences);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

/**
 * The sentences of the one line (paragraph) starting at `lineStart`, as splitSentences gives them but with `index`
 * counted within the line: a line break always ends a sentence, so a line splits alone as it does in the text.
 * For callers that need a few sentences of a long text (search passages).
 */
export function lineSentences(text: string, lineStart: number): Sentence[] {
  const newline = text.indexOf('\n', lineStart);
  const sentences: Sentence[] = [];
  for (const [start, end] of splitLine(text, lineStart, newline === -1 ? text.length : newline)) {
    pushTrimmed(text, start, end, sentences);
  }
  return sentences;
}

/** Index of the sentence that contains `offset` (binary search), or -1 when none does. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const sentence = sentences[middle];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Sentence spans within one line, untrimmed. */
function splitLine(text: string, lineStart: number, lineEnd: number): [number, number][] {
  const line = text.slice(lineStart, lineEnd);
  const spans: [number, number][] = [];
  let sentenceStart = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const punctuation = match[1] ?? '';
    const closing = match[2] ?? '';
    const next = match[4] ?? '';
    if (!SENTENCE_START.test(next)) continue;
    const boundary = match.index + punctuation.length + closing.length;
    if (punctuation === '.' && closing === '' && isAbbreviation(line, match.index, next)) continue;
    spans.push([lineStart + sentenceStart, lineStart + boundary]);
    sentenceStart = boundary;
  }
  spans.push([lineStart + sentenceStart, lineEnd]);
  return spans;
}

/** Whether the word ending just before the full stop at `dot` is an abbreviation or an initial. */
function isAbbreviation(line: string, dot: number, next: string): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !/[\s(“"‘'«[]/u.test(line[wordStart - 1] ?? ' ')) wordStart -= 1;
  const word = line.slice(wordStart, dot);
  // Initials and dotted acronyms: "J.", "U.S.", "U.N.".
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (ALWAYS_ABBREVIATION.has(lower)) return true;
  return NUMBER_ABBREVIATION.has(lower) && /\p{N}/u.test(next);
}

function pushTrimmed(text: string, start: number, end: number, into: Sentence[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  if (from === to) return;
  into.push({ index: into.length, start: from, end: to, text: text.slice(from, to) });
}
