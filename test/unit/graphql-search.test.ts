import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { tokenize } from '../../src/ingest/names.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { escapeLucene, luceneQuery, MAX_SEARCH_WORDS, searchTerms } from '../../src/graphql/search/lucene.js';
import {
  articlePassage,
  entityPassage,
  nameCoverage,
  searchKeys,
  withinOneEdit,
} from '../../src/graphql/search/passage.js';
import type { EntityRow } from '../../src/graphql/rows.js';

const HOSTILE = ['"', '(', 'AND OR', '\\', '*:*', '[', 'a && b || !c', '{x}^2~', 'title:foo/bar?', '-', '+'];

describe('escapeLucene', () => {
  it('escapes every character of Lucene syntax', () => {
    expect(escapeLucene('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toBe(
      '\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/',
    );
  });

  it('leaves words alone', () => {
    expect(escapeLucene('Shoigu')).toBe('Shoigu');
  });
});

describe('searchTerms and luceneQuery', () => {
  it('keeps words, lower-cased, and adds their transliteration keys', () => {
    const terms = searchTerms('Sergey Panteleyev');
    expect(terms.words).toEqual(['sergey', 'panteleyev']);
    expect(terms.keys).toEqual(['sergei', 'panteleev']);
  });

  it('keeps at most MAX_SEARCH_WORDS distinct words, so Lucene never sees too many clauses', () => {
    const text = Array.from({ length: 600 }, (_, i) => `w${i} w${i}`).join(' ');
    expect(searchTerms(text).words).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('turns AND/OR/NOT into plain words, never operators', () => {
    expect(searchTerms('AND OR NOT').words).toEqual(['and', 'or', 'not']);
  });

  it.each(HOSTILE)('builds a query with no unescaped syntax from %j', (text) => {
    const query = luceneQuery(searchTerms(text), { fuzzy: true });
    if (query === null) return;
    // Outside the deliberate ~1, ^ boosts and the phrase quotes, nothing is syntax.
    const stripped = query
      .replace(/~1\^0\.5/g, '')
      .replace(/\^2$/, '')
      .replace(/^"|" ?"|"$/g, ' ');
    expect(stripped).not.toMatch(/(?<!\\)[+\-&|!(){}[\]^~*?:/]/);
    expect(query).not.toMatch(/\b(AND|OR|NOT)\b/);
  });

  it('finds nothing (no query at all) for text without words', () => {
    for (const text of ['*:*', '"', '(', '[', '\\', '~', '&&'])
      expect(luceneQuery(searchTerms(text), { fuzzy: false })).toBeNull();
  });

  it('adds fuzzy variants only when asked, and a phrase for several words', () => {
    expect(luceneQuery(searchTerms('Shoygu'), { fuzzy: false })).toBe('shoygu');
    expect(luceneQuery(searchTerms('Shoygu'), { fuzzy: true })).toBe('shoygu shoygu~1^0.5');
    expect(luceneQuery(searchTerms('Kim Jong-un'), { fuzzy: false })).toBe('kim jong un "kim jong un"^2');
  });
});

const entity = (name: string, aliases: string[]): EntityRow => ({
  id: `person/${name.toLowerCase().replace(/\W+/g, '-')}`,
  kind: 'Person',
  name,
  aliases: [name, ...aliases],
  description: null,
  nationality: null,
  orgType: null,
  placeType: null,
  mode: null,
  status: null,
  frequency: null,
  firstServiceDate: null,
  agreementKind: null,
  eventType: null,
  date: null,
  datePrecision: null,
});

describe('passages and ranking helpers', () => {
  it('reports the alias that matched when it is not the canonical name', () => {
    const panteleev = entity('Oleg Panteleyev', ['Oleg Panteleev']);
    expect(entityPassage(panteleev, searchKeys('Panteleev')).matchedOn).toBe('NAME');
    const lavrov = entity('Sergey Lavrov', ['Lavrov', 'Top Russian Diplomat']);
    expect(entityPassage(lavrov, searchKeys('top diplomat'))).toEqual({
      matchedOn: 'ALIAS',
      passage: { text: 'Top Russian Diplomat', start: null, end: null },
    });
  });

  it('cuts the sentence sharing most words out of an article, with offsets into its text', () => {
    const text = 'Flights resumed. Kozlov arrived in Pyongyang aboard the first flight. Talks followed.';
    const { matchedOn, passage } = articlePassage({ title: null, text }, searchKeys('Kozlov Pyongyang'));
    expect(matchedOn).toBe('TEXT');
    expect(passage.text).toBe('Kozlov arrived in Pyongyang aboard the first flight.');
    expect(text.slice(passage.start ?? -1, passage.end ?? -1)).toBe(passage.text);
  });

  it('falls back to the title when only the title matched', () => {
    expect(
      articlePassage({ title: 'Skies reopen', text: 'Nothing here.' }, searchKeys('skies')).matchedOn,
    ).toBe('TITLE');
  });

  it('ranks the entity matching every word (one edit allowed) above one matching a rare word', () => {
    const keys = searchKeys('Sergey Shoygu');
    expect(nameCoverage(entity('Sergei Shoigu', ['Shoigu']), keys)).toBe(1);
    expect(nameCoverage(entity('Sergey Lavrov', ['Lavrov']), keys)).toBe(0.5);
  });

  it('tells one edit from two', () => {
    expect(withinOneEdit('shoygu', 'shoigu')).toBe(true);
    expect(withinOneEdit('kozlov', 'kozlo')).toBe(true);
    expect(withinOneEdit('kozlov', 'kozlovv')).toBe(true);
    expect(withinOneEdit('shoygu', 'shoiga')).toBe(false);
  });
});

/** The passage as first written: every sentence of the text, every token credited by a scan over them all. */
function wholeTextPassage(text: string, keys: ReadonlySet<string>): { start: number; end: number } | null {
  const sentences = splitSentences(text);
  let best: { start: number; end: number } | null = null;
  let bestScore = 0;
  for (const sentence of sentences) {
    const found = new Set(
      tokenize(text)
        .filter((t) => t.start >= sentence.start && t.end <= sentence.end && keys.has(t.key))
        .map((t) => t.key),
    );
    if (found.size > bestScore) [best, bestScore] = [sentence, found.size];
  }
  return best && { start: best.start, end: best.end };
}

describe('articlePassage over real articles', () => {
  const articles = [join(repoRoot, 'data', 'corpus'), join(repoRoot, 'test', 'fixtures', 'linking')].flatMap(
    (dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(join(dir, file), 'utf8')),
  );

  it('picks the sentence a scan of every sentence picks, for searches of one to four of its words', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    let compared = 0;
    for (const text of articles) {
      const words = tokenize(text);
      for (let i = 0; i + 40 < words.length; i += 11) {
        const search = [words[i], words[i + 3], words[i + 11], words[i + 40]]
          .slice(0, 1 + (i % 4))
          .map((w) => w?.raw ?? '')
          .join(' ');
        const keys = searchKeys(search);
        const { matchedOn, passage } = articlePassage({ title: null, text }, keys);
        const expected = wholeTextPassage(text, keys);
        expect(matchedOn).toBe('TEXT');
        expect({ start: passage.start, end: passage.end }).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
