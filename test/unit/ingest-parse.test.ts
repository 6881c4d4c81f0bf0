import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readManifest, type ManifestEntry } from '../../src/ingest/manifest.js';
import { contentHashOf, parseArticle, parseDate, type ParsedArticle } from '../../src/ingest/parse.js';

const corpusDir = loadConfig().corpusDir;
const manifest = await readManifest(corpusDir);

async function parsed(prefix: string, withMeta = true): Promise<ParsedArticle> {
  const meta = manifest.find((entry) => entry.file.startsWith(prefix));
  if (meta === undefined) throw new Error(`no manifest entry for ${prefix}`);
  const raw = await readFile(join(corpusDir, meta.file), 'utf8');
  return withMeta ? parseArticle(raw, meta, meta.file) : parseArticle(raw);
}

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

describe('readManifest', () => {
  it('reads and validates the corpus manifest', () => {
    expect(manifest).toHaveLength(5);
    expect(manifest.find((entry) => entry.file.startsWith('002'))?.author).toBe('Nate Ostiller');
  });

  it('treats a missing manifest as no metadata', async () => {
    await expect(readManifest(join(corpusDir, 'no-such-dir'))).resolves.toEqual([]);
  });
});

describe('parseArticle on the corpus', () => {
  it('drops blog footers and everything after them (001)', async () => {
    const { text } = await parsed('001');
    for (const chrome of [
      'Powered by WordPress',
      'Leave a Reply',
      'originally published',
      'Loading',
      'Source',
    ])
      expect(text).not.toContain(chrome);
    expect(text.endsWith('lack of easily available replacement parts.')).toBe(true);
  });

  it('drops the donation appeal and the unrelated live feed (002)', async () => {
    const { text } = await parsed('002');
    for (const chrome of ['Support independent journalism', 'Zelensky', 'NATO', 'Comments', 'masterCard'])
      expect(text).not.toContain(chrome);
    for (const chrome of [
      'Skip to content',
      'min read',
      'This audio is created with AI assistance',
      'Author:',
    ])
      expect(text).not.toContain(chrome);
    expect(text.endsWith("to improve North Korea's long-range capabilities.")).toBe(true);
  });

  it('takes title, author and date from the date line and byline (002, no manifest)', async () => {
    const article = await parsed('002', false);
    expect(article.title).toBe('Media: Russian transport agency proposes regular flights to North Korea');
    expect(article.author).toBe('Nate Ostiller');
    expect(article.publishedAt).toBe('2023-11-20');
    expect(article.text).not.toContain('Ostiller');
    expect(article.text).not.toContain('2023-11-20');
    // The headline opens the text; the photo caption after it is content and stays.
    expect(article.text.startsWith(`${String(article.title)}\n\nNorth Korean leader Kim Jong-un (L)`)).toBe(
      true,
    );
  });

  it('opens the text with the title once, without its repeat or the stray Tags line (000)', async () => {
    const { text, title } = await parsed('000');
    expect(title).toBe('North Korea Launches Direct Flights from Moscow Strengthening Bilateral Ties');
    expect(occurrences(text, 'Strengthening Bilateral Ties')).toBe(1);
    expect(text).not.toMatch(/\bTags\b/);
    expect(text.startsWith(`${title}\n\nEarlier this week, on September 15`)).toBe(true);
  });

  it('keeps a duplicated caption once and drops site chrome (003)', async () => {
    const { text } = await parsed('003');
    expect(occurrences(text, 'Putin departs from Pyongyang airport after two-day visit')).toBe(1);
    expect(occurrences(text, 'Air Koryo plane prepares to land in Vladivostok')).toBe(1);
    for (const chrome of ['Category', 'Latest news', 'Authors', 'See all'])
      expect(text).not.toContain(chrome);
    // The title is printed twice around the chrome and opens the text once.
    expect(occurrences(text, 'Reopen Skies')).toBe(1);
    // No-break spaces are normalised, so the text reads as plain spaced words.
    expect(text).not.toContain('\u00a0');
    expect(text).toContain('Russian Security Council Secretary Sergei Shoigu announced on June 17.');
  });

  it('has no title when the file has none, and keeps every paragraph once (004)', async () => {
    const article = await parsed('004');
    expect(article.title).toBeNull();
    expect(article.outlet).toBe('The Asia Review');
    expect(
      occurrences(article.text, 'Bilateral cooperation between Russia and North Korea has entered'),
    ).toBe(1);
    expect(article.text.split('\n\n')).toHaveLength(10);
  });

  it('lets manifest values win and records the source', async () => {
    const article = await parsed('003');
    expect(article.outlet).toBe('UNITED24 Media');
    expect(article.url).toMatch(/^https:\/\/united24media\.com\//);
    expect(article.source).toBe(manifest.find((entry) => entry.file.startsWith('003'))?.file);
  });

  it('derives id and contentHash from the text', async () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const article = await parsed(prefix);
      expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(article.contentHash).toBe(contentHashOf(article.text));
      expect(article.id).toBe(`article/${article.contentHash.slice(0, 16)}`);
      // Paragraphs are separated by exactly one blank line and never empty.
      expect(
        article.text.split('\n\n').every((paragraph) => paragraph.trim() === paragraph && paragraph !== ''),
      ).toBe(true);
    }
  });

  it('gives the same id with or without metadata (identity is the content)', async () => {
    expect((await parsed('001', false)).id).toBe((await parsed('001')).id);
  });
});

describe('parseArticle rules', () => {
  const meta: ManifestEntry = {
    file: 'x.txt',
    title: 'Manifest Title Wins Here',
    outlet: 'Outlet',
    url: null,
    publishedAt: null,
  };

  it('drops exact repeats of a paragraph block', () => {
    const first = 'First paragraph about Moscow flights.';
    const second = 'Second paragraph about Pyongyang.';
    const third = 'Third paragraph.';
    const raw = [first, second, third, first, second, third, 'Last one.'].join('\n');
    expect(parseArticle(raw).text).toBe([first, second, third, 'Last one.'].join('\n\n'));
  });

  it('uses the manifest title, and opens the text with the headline once', () => {
    const article = parseArticle(
      'Manifest Title Wins Here\n\nBody text here.\n\nManifest Title Wins Here',
      meta,
    );
    expect(article.title).toBe('Manifest Title Wins Here');
    expect(article.text).toBe('Manifest Title Wins Here\n\nBody text here.');
    // A text without a title line gets the given title as its headline: it is part of what is said.
    expect(parseArticle('Body text here.', meta).text).toBe('Manifest Title Wins Here\n\nBody text here.');
  });

  it('does not end the article at a cut marker before the body begins', () => {
    const article = parseArticle(
      'Comments\nTags\nA Headline For The Story\n\nBody. More body.\nComments\nOther story.',
    );
    expect(article.text).toBe('A Headline For The Story\n\nBody. More body.');
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    const article = parseArticle('Some Title Of Story\n\nBy contrast, the ministry said nothing.');
    expect(article.author).toBeNull();
    expect(article.text).toBe('Some Title Of Story\n\nBy contrast, the ministry said nothing.');
  });

  it('reads dates in several forms', () => {
    expect(parseDate('November 20, 2023')).toBe('2023-11-20');
    expect(parseDate('Nov. 5 2023')).toBe('2023-11-05');
    expect(parseDate('20 November 2023')).toBe('2023-11-20');
    expect(parseDate('2023-02-30')).toBeNull();
    const article = parseArticle('A Headline For The Story\nPublished: March 3, 2024\nBody.');
    expect(article.publishedAt).toBe('2024-03-03');
  });
});
