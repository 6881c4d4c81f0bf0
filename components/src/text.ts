// Text the components show, from data: free of the DOM, so it is unit-tested in Node (test/unit).

export interface Corroboration {
  articles: number;
  outlets: number;
  outletNames: string[];
}

export interface QuoteSource {
  sentence: string;
  quote: string;
  /** Offset of the quote in the article text. */
  start: number;
  /** Offset of the sentence in the article text, when recorded. */
  sentenceStart: number | null;
}

/**
 * Where the quote sits in its sentence: from the offsets when the sentence's own offset is known and they
 * agree with the text, else by searching; null when the quote is not in the sentence (then nothing is marked).
 */
export function quoteSpan(item: QuoteSource): { start: number; end: number } | null {
  const { sentence, quote } = item;
  if (quote === '') return null;
  if (item.sentenceStart !== null) {
    const at = item.start - item.sentenceStart;
    if (at >= 0 && sentence.slice(at, at + quote.length) === quote)
      return { start: at, end: at + quote.length };
  }
  const at = sentence.indexOf(quote);
  return at < 0 ? null : { start: at, end: at + quote.length };
}

export function corroborationText(c: Corroboration): string {
  if (c.articles === 0) return 'No article supports this relationship yet.';
  const articles = `${c.articles} article${c.articles === 1 ? '' : 's'}`;
  const outlets = `${c.outlets} outlet${c.outlets === 1 ? '' : 's'}`;
  // An article whose outlet is unknown counts as its own outlet (src/graphql/graph/evidence.ts).
  const unnamed = c.outlets - c.outletNames.length;
  const parts = [...c.outletNames, ...(unnamed > 0 ? [`${unnamed} unnamed`] : [])];
  const names = c.outletNames.length > 0 ? ` (${parts.join(', ')})` : '';
  return `Supported by ${articles} from ${outlets}${names}.`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-07-27` → `27 Jul 2025`, `2025-07` → `Jul 2025`, `2025` → `2025`: as precise as the source. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year ?? ''}`;
  if (monthName) return `${monthName} ${year ?? ''}`;
  return year ?? date;
}

/** A date's position in time (ms), at the start of what it names. */
export function instant(date: string): number {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}
