import type { CuratedEntity, CuratedGraph, Evidence } from './curated-schema.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';
import type { EntityRecord, EvidenceRecord, FactRecord, PropValue, RelationRecord, StatementRecord } from './write.js';

/** An ingested article as the curated claims need it: its graph id, its text and its sentences. */
export interface LocatedArticle {
  id: string;
  text: string;
  sentences: readonly Sentence[];
}

export class EvidenceNotFoundError extends Error {
  override name = 'EvidenceNotFoundError';
}

const COMMON_FIELDS = new Set(['id', 'kind', 'name', 'aliases', 'standaloneAliases', 'description']);

/** A curated entity as stored: the common fields plus its kind-specific facts as flat properties. */
export function curatedEntityRecord(e: CuratedEntity): EntityRecord {
  const props: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(e)) {
    if (!COMMON_FIELDS.has(key) && value !== undefined) props[key] = value as PropValue;
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

/** Finds a quote in the article it cites and returns it with its sentence and offsets. */
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
  const sentenceIndex = sentenceIndexAt(article.sentences, start);
  const sentence = article.sentences[sentenceIndex];
  if (!sentence) throw new EvidenceNotFoundError(`${where}: quote outside every sentence of ${file}`);
  return {
    articleId: article.id,
    quote,
    start,
    end: start + quote.length,
    sentence: sentence.text,
    sentenceIndex,
    sentenceStart: sentence.start,
  };
}

const definedOnly = (o: Record<string, PropValue | undefined>): Record<string, PropValue> =>
  Object.fromEntries(Object.entries(o).filter((entry): entry is [string, PropValue] => entry[1] !== undefined));

/** Turns the curated claims into write records, every quote located in its article. */
export function resolveCurated(
  graph: CuratedGraph,
  articles: ReadonlyMap<string, LocatedArticle>,
): { relations: RelationRecord[]; facts: FactRecord[]; statements: StatementRecord[] } {
  const evidence = (where: string, list: readonly Evidence[]): EvidenceRecord[] =>
    list.map((e) => locateQuote(articles, e.article, e.quote, where));

  const relations = graph.relations.map(
    (r): RelationRecord => ({
      id: r.id,
      type: r.type,
      from: r.subject,
      to: r.object,
      props: definedOnly({ at: r.at, start: r.start, end: r.end, precision: r.precision, role: r.role, note: r.note }),
      evidence: evidence(`relation ${r.id}`, r.evidence),
    }),
  );
  const facts = graph.facts.map(
    (f): FactRecord => ({
      id: f.id,
      subjectId: f.subject,
      property: f.property,
      value: f.value,
      valueText: f.valueText,
      precision: f.precision ?? null,
      evidence: evidence(`fact ${f.id}`, f.evidence),
    }),
  );
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
  return { relations, facts, statements };
}
