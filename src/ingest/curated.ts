import type { CuratedEntity, CuratedGraph, Evidence } from './curated-schema.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';
import type { Mention } from './linker.js';
import type {
  EntityRecord,
  EvidenceRecord,
  FactRecord,
  MentionRecord,
  PropValue,
  RelationRecord,
  StatementRecord,
} from './write.js';

/** An ingested article as the curated claims need it: its graph id, its text and its sentences. */
export interface LocatedArticle {
  id: string;
  text: string;
  sentences: readonly Sentence[];
}

export class EvidenceNotFoundError extends Error {
  override name = 'EvidenceNotFoundError';
}

const COMMON_FIELDS = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'standaloneAliases',
  'description',
  'references',
]);

/** A curated entity as stored: the common fields plus its kind-specific facts as flat properties. */
export function curatedEntityRecord(e: CuratedEntity): EntityRecord {
  const props: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(e)) {
    if (!COMMON_FIELDS.has(key) && value !== undefined) props[key] = value;
  }
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    ...(e.standaloneAliases ? { standaloneAliases: e.standaloneAliases } : {}),
    description: e.description ?? null,
    props,
  };
}

/** Finds a quote in the article it cites and returns it with the sentences it spans and its offsets. */
export function locateQuote(
  articles: ReadonlyMap<string, LocatedArticle>,
  file: string,
  quote: string,
  where: string,
): EvidenceRecord {
  const article = articles.get(file);
  if (!article) throw new EvidenceNotFoundError(`${where}: article ${file} is not in the corpus`);
  const start = article.text.indexOf(quote);
  if (start < 0) throw new EvidenceNotFoundError(`${where}: quote not found in ${file}: "${quote}"`);
  const end = start + quote.length;
  const first = article.sentences[sentenceIndexAt(article.sentences, start)];
  const last = article.sentences[sentenceIndexAt(article.sentences, end - 1)];
  if (!first || !last) throw new EvidenceNotFoundError(`${where}: quote outside every sentence of ${file}`);
  // A quote may run over a sentence break (a speaker named after two quoted sentences): cite them all.
  return {
    articleId: article.id,
    quote,
    start,
    end,
    sentence: article.text.slice(first.start, last.end),
    sentenceIndex: first.index,
    sentenceStart: first.start,
  };
}

const definedOnly = (o: Record<string, PropValue | undefined>): Record<string, PropValue> =>
  Object.fromEntries(
    Object.entries(o).filter((entry): entry is [string, PropValue] => entry[1] !== undefined),
  );

/** Turns the curated claims into write records, every quote located in its article. */
export function resolveCurated(
  graph: CuratedGraph,
  articles: ReadonlyMap<string, LocatedArticle>,
): {
  relations: RelationRecord[];
  facts: FactRecord[];
  statements: StatementRecord[];
  /** Curated coreferences ("the top Russian diplomat") located as mentions, by article id. */
  corefMentions: Map<string, MentionRecord[]>;
} {
  const corefMentions = new Map<string, MentionRecord[]>();
  const evidence = (where: string, list: readonly Evidence[]): EvidenceRecord[] =>
    list.map((e) => {
      const located = locateQuote(articles, e.article, e.quote, where);
      for (const c of e.coref ?? []) {
        const at = located.sentence.indexOf(c.mention);
        if (at < 0)
          throw new EvidenceNotFoundError(`${where}: coreference "${c.mention}" not in its sentence`);
        const start = located.sentenceStart + at;
        const mentions = corefMentions.get(located.articleId) ?? [];
        mentions.push({
          entityId: c.entity,
          via: 'reference',
          surface: c.mention,
          start,
          end: start + c.mention.length,
          sentence: located.sentence,
          sentenceIndex: located.sentenceIndex,
          sentenceStart: located.sentenceStart,
        });
        corefMentions.set(located.articleId, mentions);
      }
      return located;
    });

  const relations = graph.relations.map((r): RelationRecord => ({
    id: r.id,
    type: r.type,
    from: r.subject,
    to: r.object,
    props: definedOnly({
      at: r.at,
      start: r.start,
      end: r.end,
      precision: r.precision,
      role: r.role,
      note: r.note,
    }),
    evidence: evidence(`relation ${r.id}`, r.evidence),
  }));
  const facts = graph.facts.map((f): FactRecord => ({
    id: f.id,
    subjectId: f.subject,
    property: f.property,
    value: f.value,
    valueText: f.valueText,
    precision: f.precision ?? null,
    evidence: evidence(`fact ${f.id}`, f.evidence),
  }));
  const statements = graph.statements.map((s): StatementRecord => {
    const at = locateQuote(articles, s.article, s.quote, `statement ${s.id}`);
    return {
      id: s.id,
      speakerId: s.speaker,
      about: s.about,
      articleId: at.articleId,
      quote: s.quote,
      sentence: at.sentence,
      start: at.start,
      end: at.end,
      date: s.date ?? null,
      precision: s.precision ?? null,
    };
  });
  return { relations, facts, statements, corefMentions };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Curated references ("the arms deal", "Moscow-Pyongyang") are descriptions a reader resolves in the
 * corpus articles, not names: they are found, exactly and on word boundaries, only in those articles
 * and only where no name mention already stands. New articles are linked by names alone.
 */
export function locateReferences(
  graph: CuratedGraph,
  article: LocatedArticle,
  nameMentions: readonly Mention[],
  /** Spans that say nothing about the story (picture credits, bylines): no reference is found there. */
  skip: readonly { readonly start: number; readonly end: number }[] = [],
): MentionRecord[] {
  const names: [number, number][] = nameMentions.map((m) => [m.start, m.end]);
  const taken: [number, number][] = [];
  const found: MentionRecord[] = [];
  // Longer references first, so "first direct Moscow-Pyongyang flight" wins over "Moscow-Pyongyang".
  const refs = graph.entities
    .flatMap((e) => (e.references ?? []).map((ref) => ({ entityId: e.id, ref })))
    .sort((a, b) => b.ref.length - a.ref.length);
  for (const { entityId, ref } of refs) {
    for (let start = article.text.indexOf(ref); start >= 0; start = article.text.indexOf(ref, start + 1)) {
      const end = start + ref.length;
      if (WORD_CHAR.test(article.text[start - 1] ?? '') || WORD_CHAR.test(article.text[end] ?? '')) continue;
      // A reference may enclose names ("liberation of the Kursk region") but not sit inside or across one
      // ("Russian" in "Russian Post"); references may nest (a route inside an event) but not cross.
      const encloses = (s: number, e: number): boolean => start <= s && e <= end;
      const inside = (s: number, e: number): boolean => s <= start && end <= e;
      if (names.some(([s, e]) => start < e && s < end && !encloses(s, e))) continue;
      if (skip.some((zone) => start < zone.end && zone.start < end)) continue;
      if (taken.some(([s, e]) => start < e && s < end && !encloses(s, e) && !inside(s, e))) continue;
      const sentenceIndex = sentenceIndexAt(article.sentences, start);
      const sentence = article.sentences[sentenceIndex];
      if (!sentence) continue;
      taken.push([start, end]);
      found.push({
        entityId,
        via: 'reference',
        surface: ref,
        start,
        end,
        sentence: sentence.text,
        sentenceIndex,
        sentenceStart: sentence.start,
      });
    }
  }
  return found;
}
