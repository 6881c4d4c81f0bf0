/**
 * Article parsing: raw collected text (site chrome, bylines, repeated titles and paragraphs,
 * footers, live feeds) to the article content that every offset in the graph points into.
 *
 * Rules are general and line-based, because collected pages put chrome, titles, bylines and
 * captions on lines of their own:
 * - chrome lines (known navigation / widget labels) are dropped wherever they are;
 * - an end marker (blog footer, donation appeal, comments, tag list) ends the article once the
 *   body has begun: whatever follows belongs to the site, not the article (e.g. a live feed);
 * - bylines and date lines are dropped, and their author and date kept as metadata;
 * - the title line opens the text as its first paragraph (a headline is part of what the article says, so
 *   its names are linked like any other); its repeats and any exact repeat of a line are dropped.
 */
import { createHash } from 'node:crypto';
import type { ManifestEntry } from './manifest.js';
import { nameKey } from './names.js';

export interface ParsedArticle {
  /** 'article/' + first 16 hex characters of contentHash. */
  readonly id: string;
  /** sha256 hex of `text` with whitespace runs collapsed to one space. */
  readonly contentHash: string;
  readonly title: string | null;
  /** The headline that opens `text` (its first paragraph), or null when the text has none. */
  readonly headline: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** YYYY-MM-DD or null. */
  readonly publishedAt: string | null;
  readonly url: string | null;
  /** Where the text came from (file name), when known. */
  readonly source: string | null;
  /**
   * Article content only, paragraphs separated by one blank line. The first paragraph is the headline: the
   * text's own title line, or else the given title (manifest, `ingestArticle` input); none when neither exists.
   */
  readonly text: string;
}

/** Navigation and widget labels that are never article content, as whole lines. */
const CHROME_LINES = new Set([
  'skip to content',
  'skip to main content',
  'category',
  'categories',
  'latest news',
  'author',
  'authors',
  'this audio is created with ai assistance',
  'listen to this article',
  'loading',
  'source',
  'share',
  'share this article',
  'advertisement',
  'print',
  'menu',
  'home',
  'search',
  'subscribe',
  'read also',
]);
const CHROME_PATTERNS: readonly RegExp[] = [/^\d+\s*min(?:ute)?s?\s+read$/i, /^(?:published|updated)$/i];

/** Lines that end the article: everything from here on is site furniture or other stories. */
const END_PREFIXES: readonly string[] = [
  'this post was originally published',
  'you can skip to the end and leave a response',
  'leave a reply',
  'leave a comment',
  'powered by wordpress',
  'support independent journalism',
  'support us for as little as',
  'related articles',
  'related posts',
  'related stories',
  'you may also like',
  'share this:',
  'like this:',
  'tags:',
  'subscribe to our newsletter',
  'sign up for our newsletter',
];
const END_LINES = new Set(['comments', 'tags', 'see all', 'read more', 'more stories']);

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((month, index): [string, number][] => [
    [month, index + 1],
    [month.slice(0, 3), index + 1],
    ...(month === 'september' ? [['sept', 9] as [string, number]] : []),
  ]),
);

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "November 20, 2023", "Nov. 20 2023", "20 November 2023" or "2023-11-20". */
const DATE = new RegExp(
  String.raw`(?:(${MONTH_NAME})\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(${MONTH_NAME})\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))`,
  'i',
);
/** What may follow a date on a byline or date line: a clock time, a time zone, a reading time. */
const DATE_TAIL = new RegExp(
  String.raw`^(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?(?:\s*[|·•-]?\s*\d+\s*min(?:ute)?s?\s+read)?$`,
  'i',
);
/** A line that opens with a machine date ("date 2023-11-20 Skip to content"). */
const DATE_PREFIX =
  /^(?:date|published|updated)?:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\b\s*(.*)$/i;
/** One person's name on a byline: one to four capitalised words. */
const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`^${PERSON_NAME}(?:\s*(?:,|and|&)\s*${PERSON_NAME})*$`, 'u');
const AUTHOR_LINE = /^(?:authors?|written by|words by)\s*:?\s+(.+)$/i;
const BYLINE = /^by\s+(.+)$/i;

interface Header {
  author: string | null;
  publishedAt: string | null;
  title: string | null;
}

/** Parses one collected article; manifest values (when not null) win over what the text says. */
export function parseArticle(raw: string, meta?: ManifestEntry, source?: string): ParsedArticle {
  const header: Header = { author: null, publishedAt: null, title: null };
  // Keys (nameKey) of the title lines: the parsed one and the manifest's.
  const titleKeys = new Set<string>(meta?.title ? [nameKey(meta.title)] : []);
  const seenLines = new Set<string>();
  const paragraphs: string[] = [];

  for (const original of normaliseLines(raw)) {
    const bodyStarted = paragraphs.length > 0;
    const line = bodyStarted ? original : takeDatePrefix(original, header);
    if (line === '' || isChrome(line)) continue;
    if (isEnd(line)) {
      if (bodyStarted) break;
      continue;
    }
    if (takeByline(line, header) || takeDateLine(line, header)) continue;
    if (!bodyStarted && header.title === null && isTitleLike(line)) {
      header.title = line;
      titleKeys.add(nameKey(line));
      continue;
    }
    // Title repeats and exact repeats of a line (paragraph, caption) are not content.
    if (seenLines.has(line) || titleKeys.has(nameKey(line))) continue;
    seenLines.add(line);
    paragraphs.push(line);
  }

  const headline = header.title ?? meta?.title ?? null;
  const text = (headline === null ? paragraphs : [headline, ...paragraphs]).join('\n\n');
  const contentHash = contentHashOf(text);
  return {
    id: articleIdOf(contentHash),
    contentHash,
    title: meta?.title ?? header.title,
    headline,
    outlet: meta?.outlet ?? null,
    author: meta?.author ?? header.author,
    publishedAt: meta?.publishedAt ?? header.publishedAt,
    url: meta?.url ?? null,
    source: source ?? meta?.file ?? null,
    text,
  };
}

/** sha256 hex of the text with whitespace collapsed, so re-wrapping does not change identity. */
export function contentHashOf(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

export function articleIdOf(contentHash: string): string {
  return `article/${contentHash.slice(0, 16)}`;
}

/**
 * Unicode-normalised, trimmed lines with invisible characters removed and every kind of space
 * (no-break spaces are common in collected pages) made a plain single space.
 */
function normaliseLines(raw: string): string[] {
  return raw
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[\p{Zs}\t]+/gu, ' ').trim());
}

function isChrome(line: string): boolean {
  const lower = line.toLowerCase().replace(/[.…:]+$/, '');
  return CHROME_LINES.has(lower) || CHROME_PATTERNS.some((pattern) => pattern.test(lower));
}

function isEnd(line: string): boolean {
  const lower = line.toLowerCase();
  return (
    END_LINES.has(lower.replace(/[.…:]+$/, '')) || END_PREFIXES.some((prefix) => lower.startsWith(prefix))
  );
}

/** Takes a leading machine date off a header line, returning the rest of the line. */
function takeDatePrefix(line: string, header: Header): string {
  const match = DATE_PREFIX.exec(line);
  if (!match) return line;
  header.publishedAt ??= parseDate(match[1] ?? '');
  return match[2] ?? '';
}

/** "by Nate Ostiller November 20, 2023 2:23 PM 2 min read", "Author: Nate Ostiller". */
function takeByline(line: string, header: Header): boolean {
  const authorLine = AUTHOR_LINE.exec(line);
  if (authorLine && NAME_LIST.test(authorLine[1] ?? '')) {
    header.author ??= authorLine[1] ?? null;
    return true;
  }
  const byline = BYLINE.exec(line);
  if (!byline) return false;
  const rest = byline[1] ?? '';
  const date = DATE.exec(rest);
  const names = (date ? rest.slice(0, date.index) : rest).replace(/[\s,|·•–-]+$/, '');
  if (!NAME_LIST.test(names)) return false;
  if (date && !DATE_TAIL.test(rest.slice(date.index + date[0].length).trim())) return false;
  header.author ??= names;
  if (date) header.publishedAt ??= parseDate(date[0]);
  return true;
}

/** A line holding only a date (and perhaps a time or reading time). */
function takeDateLine(line: string, header: Header): boolean {
  const stripped = line.replace(/^(?:published|updated|posted)(?:\s+on)?:?\s*/i, '');
  const date = DATE.exec(stripped);
  if (date?.index !== 0) return false;
  if (!DATE_TAIL.test(stripped.slice(date[0].length).trim())) return false;
  header.publishedAt ??= parseDate(date[0]);
  return true;
}

/** A headline: a short capitalised line of a few words that does not end like a sentence. */
function isTitleLike(line: string): boolean {
  const words = line.split(' ').length;
  return (
    line.length <= 200 &&
    words >= 3 &&
    words <= 30 &&
    /^[\p{Lu}\p{N}“"‘']/u.test(line) &&
    !/[.,;:!]$/.test(line)
  );
}

/** A date in any DATE form as YYYY-MM-DD, or null when it is not a real calendar day. */
export function parseDate(value: string): string | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, monthA, dayA, yearA, dayB, monthB, yearB, isoYear, isoMonth, isoDay] = match;
  const year = Number(yearA ?? yearB ?? isoYear);
  const month = isoMonth !== undefined ? Number(isoMonth) : monthNumber(monthA ?? monthB ?? '');
  const day = Number(dayA ?? dayB ?? isoDay);
  if (month === null || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}
