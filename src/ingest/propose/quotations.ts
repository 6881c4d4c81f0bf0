/**
 * Quotations in an article: pairs of quotation marks within one paragraph, curly or straight (sources mix
 * them: `“…," said X`). An opening mark follows a space, a bracket, a dash or the start of a line; a closing
 * mark is not followed by a letter. A quotation may span several sentences.
 */

export interface Quotation {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /** The quoted words without the marks, a trailing comma or surrounding spaces. */
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

const MARK = /[“”"]/gu;
const OPENS_AFTER = /[\s([{:—–-]/u;
const LETTER = /[\p{L}\p{N}]/u;

export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  let lastNewline = -1;
  for (const m of text.matchAll(MARK)) {
    const at = m.index;
    const newline = text.lastIndexOf('\n', at);
    if (newline > lastNewline) {
      lastNewline = newline;
      if (open >= 0 && newline > open) open = -1;
    }
    const mark = m[0];
    if (open < 0) {
      if (mark !== '”' && (at === 0 || OPENS_AFTER.test(text[at - 1] ?? ''))) open = at;
      continue;
    }
    if (mark === '“' || LETTER.test(text[at + 1] ?? '')) continue;
    let start = open + 1;
    let end = at;
    while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
    while (end > start && /[\s,]/u.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) {
      found.push({ open, close: at, start, end, words: text.slice(start, end).split(/\s+/u).length });
    }
    open = -1;
  }
  return found;
}
