/**
 * The curated graph against the corpus, with no database: every quote is in its article's text (as
 * parse.ts makes it), and the sentence a claim quotes names what the claim is about.
 *
 * "Names" means: nameKey(alias or reference) is a whole-word part of nameKey(sentence). A quote may
 * span two sentences. An end the sentence refers to without a name ("The top Russian diplomat",
 * "the route") must come with a coref entry whose antecedent, a quote from a sentence at most
 * COREF_WINDOW sentences away, names it. A route is also named by naming its origin and destination.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, repoRoot } from '../../src/config.js';
import {
  loadCuratedGraph,
  type CuratedEntity,
  type CuratedGraph,
  type Evidence,
} from '../../src/ingest/curated-schema.js';
import { readManifest } from '../../src/ingest/manifest.js';
import { nameKey } from '../../src/ingest/names.js';
import { parseArticle } from '../../src/ingest/parse.js';
import { splitSentences, type Sentence } from '../../src/ingest/sentences.js';

const COREF_WINDOW = 6;
const MAX_QUOTE_SENTENCES = 2;

interface Article {
  file: string;
  raw: string;
  text: string;
  sentences: Sentence[];
}

const graphPath = join(repoRoot, 'cypher', 'curated', 'graph.json');
const fixturePath = join(repoRoot, 'test', 'fixtures', 'expected-mentions.json');
const corpusDir = loadConfig().corpusDir;

let graph: CuratedGraph;
const articles = new Map<string, Article>();
const entities = new Map<string, CuratedEntity>();

beforeAll(async () => {
  graph = loadCuratedGraph(graphPath);
  for (const entity of graph.entities) entities.set(entity.id, entity);
  for (const meta of await readManifest(corpusDir)) {
    const raw = await readFile(join(corpusDir, meta.file), 'utf8');
    const { text } = parseArticle(raw, meta, meta.file);
    articles.set(meta.file, { file: meta.file, raw, text, sentences: splitSentences(text) });
  }
});

const padded = (s: string): string => ` ${nameKey(s)} `;

/** Whole-word match of normalised keys. */
function mentionsKey(haystack: string, name: string): boolean {
  const key = nameKey(name);
  return key !== '' && padded(haystack).includes(` ${key} `);
}

function namesDirectly(id: string, text: string): boolean {
  const entity = entities.get(id);
  if (entity === undefined) return false;
  return [...entity.aliases, ...(entity.references ?? [])].some((name) => mentionsKey(text, name));
}

/** By a name or reference; a route also by naming all of its origins and destinations. */
function names(id: string, text: string): boolean {
  if (namesDirectly(id, text)) return true;
  if (entities.get(id)?.kind !== 'Route') return false;
  const ends = graph.relations.filter(
    (r) => r.subject === id && (r.type === 'ORIGIN' || r.type === 'DESTINATION'),
  );
  return (
    ends.some((r) => r.type === 'ORIGIN') &&
    ends.some((r) => r.type === 'DESTINATION') &&
    ends.every((r) => namesDirectly(r.object, text))
  );
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The sentences a span overlaps. */
function sentencesOver(article: Article, start: number, end: number): Sentence[] {
  return article.sentences.filter((s) => s.start < end && s.end > start);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Located {
  article: Article;
  sentences: Sentence[];
  text: string;
}

/** Finds a quote once in its article, or explains why not. */
function locate(articleFile: string, quote: string): Located | string {
  const article = articles.get(articleFile);
  if (article === undefined) return `no article ${articleFile} in the corpus`;
  const at = occurrences(article.text, quote);
  const [start] = at;
  if (start === undefined) return `quote not in the text of ${articleFile}: «${quote}»`;
  if (at.length > 1) return `quote occurs ${at.length} times in ${articleFile}: «${quote}»`;
  // The file holds the same characters; parse.ts only makes every kind of space a plain space.
  const loose = new RegExp(
    quote
      .split(/\s+/)
      .map(escapeRegExp)
      .join(String.raw`[\s\u00a0]+`),
    'u',
  );
  if (!loose.test(article.raw)) return `quote not in the raw file ${articleFile}: «${quote}»`;
  const sentences = sentencesOver(article, start, start + quote.length);
  if (sentences.length > MAX_QUOTE_SENTENCES) {
    return `quote spans ${sentences.length} sentences (at most ${MAX_QUOTE_SENTENCES}): «${quote}»`;
  }
  return { article, sentences, text: sentences.map((s) => s.text).join(' ') };
}

/** Problems with one evidence entry for a claim whose ends are `ends`. */
function evidenceProblems(where: string, evidence: Evidence, ends: readonly string[]): string[] {
  const located = locate(evidence.article, evidence.quote);
  if (typeof located === 'string') return [`${where}: ${located}`];
  const problems: string[] = [];
  for (const end of ends) {
    if (names(end, located.text)) continue;
    const corefs = (evidence.coref ?? []).filter((c) => c.entity === end);
    if (corefs.length === 0) {
      problems.push(`${where}: the sentence does not name ${end}: «${located.text}»`);
      continue;
    }
    for (const c of corefs) problems.push(...corefProblems(where, located, c.mention, c.antecedent, end));
  }
  return problems;
}

function corefProblems(
  where: string,
  located: Located,
  mention: string,
  antecedent: string,
  end: string,
): string[] {
  if (!located.text.includes(mention)) return [`${where}: coref mention «${mention}» is not in the sentence`];
  const target = locate(located.article.file, antecedent);
  if (typeof target === 'string') return [`${where}: antecedent: ${target}`];
  if (!names(end, target.text))
    return [`${where}: the antecedent sentence does not name ${end}: «${target.text}»`];
  const from = located.sentences.map((s) => s.index);
  const to = target.sentences.map((s) => s.index);
  const distance = Math.min(...from.flatMap((a) => to.map((b) => Math.abs(a - b))));
  if (distance > COREF_WINDOW) return [`${where}: antecedent is ${distance} sentences away`];
  return [];
}

describe('curated graph (cypher/curated/graph.json)', () => {
  it('loads: schema, unique ids, known ends, allowed relation types', () => {
    expect(graph.entities.length).toBeGreaterThan(0);
    expect(articles.size).toBe(5);
  });

  it('cites only articles of the corpus', () => {
    const cited = new Set([
      ...graph.relations.flatMap((r) => r.evidence.map((e) => e.article)),
      ...graph.facts.flatMap((f) => f.evidence.map((e) => e.article)),
      ...graph.statements.map((s) => s.article),
    ]);
    expect([...cited].filter((file) => !articles.has(file))).toEqual([]);
    expect([...cited].sort()).toEqual([...articles.keys()].sort());
  });

  it('relations: every quote is in its article and its sentence names both ends', () => {
    const problems = graph.relations.flatMap((r) =>
      r.evidence.flatMap((e) => evidenceProblems(`${r.id} [${e.article}]`, e, [r.subject, r.object])),
    );
    expect(problems).toEqual([]);
  });

  it('facts: every quote is in its article and its sentence names the subject', () => {
    const problems = graph.facts.flatMap((f) =>
      f.evidence.flatMap((e) => evidenceProblems(`${f.id} [${e.article}]`, e, [f.subject])),
    );
    expect(problems).toEqual([]);
  });

  it('statements: the quote is in the article, its paragraph names the speaker, direct words are quoted', () => {
    const problems: string[] = [];
    for (const s of graph.statements) {
      const located = locate(s.article, s.quote);
      if (typeof located === 'string') {
        problems.push(`${s.id}: ${located}`);
        continue;
      }
      const { text } = located.article;
      const start = text.indexOf(s.quote);
      const paragraphStart = text.lastIndexOf('\n', start) + 1;
      const paragraphEnd = text.indexOf('\n', start);
      const paragraph = text.slice(paragraphStart, paragraphEnd === -1 ? text.length : paragraphEnd);
      if (!names(s.speaker, paragraph)) problems.push(`${s.id}: the paragraph does not name ${s.speaker}`);
      if (s.mode === 'direct' && !/["“‘']$/u.test(text.slice(Math.max(0, start - 1), start))) {
        problems.push(`${s.id}: a direct quote must open a quotation in the text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('corroboration: relations stated by several articles cite each article once', () => {
    const multi = graph.relations.filter((r) => new Set(r.evidence.map((e) => e.article)).size > 1);
    expect(multi.length).toBeGreaterThan(10);
    const cooperation = graph.relations.find((r) => r.id === 'rel/cooperates-with/russia-north-korea');
    expect(cooperation?.evidence).toHaveLength(5);
  });

  it('keeps the disagreements of the corpus side by side', () => {
    const values = new Map<string, Set<string>>();
    for (const f of graph.facts) {
      const key = `${f.subject} ${f.property}`;
      values.set(key, (values.get(key) ?? new Set<string>()).add(f.value));
    }
    const conflicts = [...values].filter(([, v]) => v.size > 1).map(([k]) => k);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        'route/moscow-pyongyang-air firstServiceDate',
        'route/moscow-pyongyang-air timeWithoutDirectFlights',
        'route/moscow-pyongyang-air speakerOfForeignPolicyQuote',
        'route/moscow-pyongyang-air stopover',
        'org/kommersant characterisation',
        'person/vladimir-putin characterisation',
        'agreement/russia-dprk-arms-deal-2023 status',
      ]),
    );
    // Where sources agree, each source's claim is still there, so agreement shows as corroboration.
    for (const key of [
      'route/moscow-pyongyang-air frequency',
      'route/vladivostok-pyongyang-air frequency',
      'route/vladivostok-pyongyang-air resumedDate',
      'event/first-moscow-pyongyang-flight-2025 departureWeekday',
    ]) {
      const [subject, property] = key.split(' ');
      const claims = graph.facts.filter((f) => f.subject === subject && f.property === property);
      expect(new Set(claims.map((f) => f.value)).size, key).toBe(1);
      expect(new Set(claims.flatMap((f) => f.evidence.map((e) => e.article))).size, key).toBe(2);
    }
  });

  it('expected mentions fixture: known entities, each named in its article by an alias', async () => {
    const fixture = JSON.parse(await readFile(fixturePath, 'utf8')) as Record<string, string[]>;
    expect(Object.keys(fixture).sort()).toEqual([...articles.keys()].sort());
    const problems: string[] = [];
    for (const [file, ids] of Object.entries(fixture)) {
      const article = articles.get(file);
      if (article === undefined) continue;
      for (const id of ids) {
        const entity = entities.get(id);
        if (entity === undefined) problems.push(`${file}: unknown entity ${id}`);
        else if (!entity.aliases.some((alias) => mentionsKey(article.text, alias))) {
          problems.push(`${file}: no alias of ${id} in the text`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
