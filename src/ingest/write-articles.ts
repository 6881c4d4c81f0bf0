import { ConcurrentChangeError } from '../neo4j/driver-errors.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db, WriteTx } from '../neo4j/db.js';
import type { Row } from '../neo4j/values.js';
import {
  EntityNodeHints,
  resolveEntities,
  resolveEntitiesThen,
  UnlinkedEntitiesError,
  type StoredProps,
} from './resolve-entities.js';
import { expectWritten, type ArticleRecord, type CandidateRecord, type MentionRecord } from './write.js';
import { writeProposalsTx, type ProposalRecord } from './write-proposals.js';

const upsertArticlesQ = cypher('ingest/upsert-articles');
const mergeMentionsQ = cypher('ingest/merge-mentions');
const createMentionsQ = cypher('ingest/create-mentions');
const mergeCandidatesQ = cypher('ingest/merge-candidates');

export interface ArticleWrite {
  article: ArticleRecord;
  mentions: MentionRecord[];
  candidates: CandidateRecord[];
  /** Relations, statements and facts proposed for review (src/ingest/write-proposals.ts). */
  proposals?: ProposalRecord[];
}

export interface ArticleWriteResult {
  articleId: string;
  created: boolean;
  mentionsCreated: number;
  /** Each entity id the mentions named → the entity they were written on (another one if it was merged away). */
  writtenOn: ReadonlyMap<string, StoredProps>;
}

type ArticleMention = MentionRecord & { articleId: string };

/** A mention is keyed by (entity, article, start): a repeat within one article would be a second edge. */
function distinctMentions(mentions: readonly ArticleMention[]): ArticleMention[] {
  const byKey = new Map<string, ArticleMention>();
  for (const m of mentions) byKey.set(`${m.entityId} ${m.articleId} ${String(m.start)}`, m);
  return [...byKey.values()];
}

/** Entity locks in one global order, so two transactions naming the same entities cannot deadlock. */
const byEntityThenOffset = (a: MentionRecord, b: MentionRecord): number =>
  a.entityId.localeCompare(b.entityId) || a.start - b.start;

/**
 * Sends mentions, each carrying its article id, on the entities `entityOf` gives (create for articles new in
 * this transaction, else merge). Resolved before the repeats are dropped (two ids may name one entity now),
 * and sorted like the locks. The answer is checked by mentionsCreated.
 */
function sendMentions(
  tx: WriteTx,
  query: typeof mergeMentionsQ,
  mentions: readonly ArticleMention[],
  entityOf: (asked: string) => string,
): { expected: number; rows: Promise<Row[]> } {
  const resolved = distinctMentions(mentions.map((m) => ({ ...m, entityId: entityOf(m.entityId) }))).sort(
    byEntityThenOffset,
  );
  if (resolved.length === 0) return { expected: 0, rows: Promise.resolve([]) };
  return { expected: resolved.length, rows: tx.run(query, { mentions: resolved }) };
}

/** The statement must have written every mention; returns the mentions created per article. */
function mentionsCreated(rows: readonly Row[], expected: number, what: string): Map<string, number> {
  const written = rows.reduce((n, row) => n + Number(row.mentions ?? 0), 0);
  expectWritten({ mentions: written }, { mentions: expected }, what);
  return new Map(rows.map((row) => [String(row.articleId), Number(row.created ?? 0)]));
}

/** The nodes of the entities this process's ingests named, so that the next ingest can lock them at once. */
const entityNodes = new EntityNodeHints();

/** How a run of writeArticlesTx sends its statements; see there. */
export interface ArticleWriteOptions {
  /** Send the mentions, candidates and proposals with the locks (the first run of a write); default false. */
  speculate?: boolean;
}

/**
 * Writes analysed articles in one transaction of a few statements whatever their number: the articles (keyed
 * by content hash), then every mention, then every candidate and proposal, each an UNWIND. Re-running it (a retry, a
 * repeated ingest, twenty concurrent ones) leaves one article and one set of mentions and candidates each.
 * The entities are resolved and locked before the articles, the same order a merge takes (entities, then the
 * articles their mentions are in), so an ingest and a merge never wait for each other in a cycle. An entity
 * that is gone (deleted, not merged) fails the whole write: UnlinkedEntitiesError, nothing written.
 * Results are in input order; a text repeated within the batch is written once and reported as not created.
 *
 * Speculating, the mentions, candidates and proposals go in the same round trip as the locks and the articles
 * (two round trips with the commit), written with each article's id as computed from its text and merged, not
 * created, mentions; if an article turns out to be stored under another id the transaction runs again without
 * speculating (ConcurrentChangeError). Otherwise they go in a round trip of their own, with the stored ids.
 */
export async function writeArticlesTx(
  tx: WriteTx,
  inputs: readonly ArticleWrite[],
  options: ArticleWriteOptions = {},
): Promise<ArticleWriteResult[]> {
  const firstOfHash = new Map<string, ArticleWrite>();
  for (const input of inputs) {
    if (!firstOfHash.has(input.article.contentHash)) firstOfHash.set(input.article.contentHash, input);
  }
  const distinct = [...firstOfHash.values()];
  if (distinct.length === 0) return [];

  /**
   * Sends mentions, candidates and proposals, given each article's id and whether this transaction created it;
   * resolves to the mentions created per article once the statements have answered (and were checked).
   */
  const sendRest = (
    idOf: (d: ArticleWrite) => string,
    isNew: (d: ArticleWrite) => boolean,
    entityOf: (asked: string) => string,
  ) => {
    const mentions = (
      [
        [createMentionsQ, distinct.filter(isNew)],
        [mergeMentionsQ, distinct.filter((d) => !isNew(d))],
      ] as const
    ).map(([query, articles]) => ({
      query,
      ...sendMentions(
        tx,
        query,
        articles.flatMap((d) => d.mentions.map((m) => ({ ...m, articleId: idOf(d) }))),
        entityOf,
      ),
    }));
    const candidates = distinct
      .flatMap((d) => d.candidates.map((c) => ({ ...c, articleId: idOf(d) })))
      .sort((a, b) => a.key.localeCompare(b.key) || a.start - b.start);
    const proposals = distinct.flatMap((d) => (d.proposals ?? []).map((p) => ({ ...p, articleId: idOf(d) })));
    // Neo4j runs a transaction's statements in the order sent, so locks are taken in this order.
    const done = Promise.all([
      Promise.all(mentions.map((m) => m.rows)),
      candidates.length > 0 ? tx.run(mergeCandidatesQ, { candidates }) : null,
      writeProposalsTx(tx, proposals),
    ]);
    const created = done.then(([rows]) => {
      const byArticle = new Map<string, number>();
      rows.forEach((r, i) => {
        const m = mentions[i];
        if (m) for (const [id, n] of mentionsCreated(r, m.expected, m.query.name)) byArticle.set(id, n);
      });
      return byArticle;
    });
    // Speculated statements are not awaited when the transaction fails first: their failure is then expected.
    created.catch(() => undefined);
    return created;
  };

  const computedId = (d: ArticleWrite): string => d.article.id;
  const { entities, next } = await resolveEntitiesThen(
    tx,
    distinct.flatMap((d) => d.mentions.map((m) => m.entityId)),
    (before) => {
      const articles = tx.run(upsertArticlesQ, { articles: distinct.map((d) => d.article) });
      const everyKnown = distinct.every((d) => d.mentions.every((m) => before.has(m.entityId)));
      const rest =
        options.speculate === true && everyKnown
          ? sendRest(
              computedId,
              () => false,
              (asked) => before.get(asked) ?? asked,
            )
          : null;
      return articles.then((rows) => ({ rows, rest }));
    },
    entityNodes,
  );
  const { rows, rest: speculated } = next;
  if (entities.missing.length > 0) throw new UnlinkedEntitiesError(entities.missing);
  // The stored id of an article that was already there wins over the one computed now.
  const stored = new Map(
    rows.map((r) => [String(r.contentHash), { id: String(r.id), created: r.created === true }]),
  );
  const idOf = (input: ArticleWrite): string =>
    stored.get(input.article.contentHash)?.id ?? computedId(input);
  if (speculated && distinct.some((d) => idOf(d) !== computedId(d))) {
    throw new ConcurrentChangeError(
      'An article is stored under another id than its text gives; writing again',
    );
  }
  // An article created by this transaction has no mentions yet: its mentions are created, not merged.
  const isNew = (d: ArticleWrite): boolean => stored.get(d.article.contentHash)?.created === true;
  const createdByArticle = await (speculated ?? sendRest(idOf, isNew, (asked) => entities.id(asked)));

  return inputs.map((input) => {
    const articleId = idOf(input);
    const first = firstOfHash.get(input.article.contentHash) === input;
    const created = first && stored.get(input.article.contentHash)?.created === true;
    const writtenOn = new Map(input.mentions.map((m) => [m.entityId, entities.entity(m.entityId)]));
    return {
      articleId,
      created,
      mentionsCreated: first ? (createdByArticle.get(articleId) ?? 0) : 0,
      writtenOn,
    };
  });
}

/** Adds mentions to an article already in the graph (curated references, a resolved candidate's sightings). */
export async function addMentions(tx: WriteTx, articleId: string, mentions: MentionRecord[]): Promise<void> {
  if (mentions.length === 0) return;
  const entities = await resolveEntities(
    tx,
    mentions.map((m) => m.entityId),
  );
  entities.requireAll();
  const sent = sendMentions(
    tx,
    mergeMentionsQ,
    mentions.map((m) => ({ ...m, articleId })),
    (asked) => entities.id(asked),
  );
  mentionsCreated(await sent.rows, sent.expected, mergeMentionsQ.name);
}

/**
 * Analysed articles in one write transaction (see writeArticlesTx): its first run speculates, a run again does
 * not. Metrics name it `ingest/article` for one article (ingestArticle, seeding) and `ingest/articles` for a batch,
 * so a batch's time never reads as an article's.
 */
export function writeArticles(db: Db, inputs: readonly ArticleWrite[]): Promise<ArticleWriteResult[]> {
  const name = inputs.length === 1 ? 'ingest/article' : 'ingest/articles';
  let runs = 0;
  return db.writeTransaction(name, (tx) => {
    runs += 1;
    return writeArticlesTx(tx, inputs, { speculate: runs === 1 });
  });
}

/** One analysed article in one write transaction. */
export async function writeArticle(db: Db, input: ArticleWrite): Promise<ArticleWriteResult> {
  const [result] = await writeArticles(db, [input]);
  if (!result) throw new Error('writing one article returned no result');
  return result;
}
