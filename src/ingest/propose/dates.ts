/**
 * Partial dates as news writes them ("in August 2023", "on June 13, 2025", "in 2020", "on September 15"),
 * as ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with their precision. A date without a year takes the year of
 * publication when the article has one, and is not proposed otherwise.
 */
/** Month names in English, from the platform's calendar rather than a list of our own. */
const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(2000, i, 1)))
    .toLowerCase(),
);
const MONTH = `(?:${MONTHS.map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`).join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
/** A date phrase for rules: "August 2023", "June 13, 2025", "13 June 2025", "2020", "September 15". */
export const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH}(?: (?:of )?\\d{4})?|(?:19|20)\\d{2})`;

export interface PartialDate {
  value: string;
  precision: 'year' | 'month' | 'day';
}

const pad = (n: number): string => String(n).padStart(2, '0');

function monthOf(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m.startsWith(key) && key.length >= 3);
  return index < 0 ? null : index + 1;
}

export function parsePartialDate(text: string, publishedYear: number | null): PartialDate | null {
  const year = /\b((?:19|20)\d{2})\b/.exec(text)?.[1];
  const monthWord = /\b([A-Z][a-z]+\.?)/.exec(text.replace(/\b(?:19|20)\d{2}\b/, ''))?.[1];
  const month = monthWord ? monthOf(monthWord) : null;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(text.replace(/\b(?:19|20)\d{2}\b/, ''))?.[1];
  const y = year ? Number(year) : publishedYear;
  if (y === null) return null;
  if (month === null) return year ? { value: String(y), precision: 'year' } : null;
  if (day === undefined) return { value: `${String(y)}-${pad(month)}`, precision: 'month' };
  const d = Number(day);
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1) return null;
  return { value: `${String(y)}-${pad(month)}-${pad(d)}`, precision: 'day' };
}
