import { AppError } from '../../errors.js';
import type { EventBus } from '../../events/bus.js';
import type { ArticleAnalysis } from '../../ingest/analyse.js';
import { writeAnalysis, type IngestInput, type IngestSummary } from '../../ingest/pipeline.js';
import { UnlinkedEntitiesError } from '../../ingest/resolve-entities.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import { candidateRow, parseRows, type ArticleRow, type CandidateRow, type EntityRow } from '../rows.js';
import { findProposals } from '../proposal/queries.js';
import type { ProposalRow } from '../proposal/rows.js';
import { entityRowOf, type CurationDeps } from './shared.js';

/**
 * The `ingestArticle` mutation: the one ingestion pipeline (src/ingest/pipeline.ts) with the cached linker, then
 * what it linked and proposed, read back as API rows. Idempotent: the article is keyed by its content hash, so
 * the same text again writes nothing new and answers `created: false`.
 */

const candidatesByIdsQ = cypher('curation/candidates-by-ids');

/** The largest article text accepted, in UTF-8 bytes (the longest corpus article is about a tenth of this). */
export const MAX_ARTICLE_BYTES = 200_000;

export interface ArticleInput {
  text: string;
  source: string;
  title?: string | null | undefined;
  outlet?: string | null | undefined;
  url?: URL | string | null | undefined;
  publishedAt?: Date | string | null | undefined;
}

export interface IngestResultValue {
  article: ArticleRow;
  created: boolean;
  linked: { entity: EntityRow; count: number; surfaces: string[] }[];
  candidates: CandidateRow[];
  proposals: ProposalRow[];
}

/** A publication day as `YYYY-MM-DD` (graphql-scalars parses `Date` inputs into Date objects at UTC midnight). */
export function isoDay(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export async function ingestArticleMutation(
  deps: CurationDeps,
  input: ArticleInput,
): Promise<IngestResultValue> {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new AppError('LIMIT_EXCEEDED', `"text" must be at most ${MAX_ARTICLE_BYTES} bytes (got ${bytes})`, {
      argument: 'text',
      max: MAX_ARTICLE_BYTES,
    });
  }
  const { linkerCache } = deps;
  if (!linkerCache)
    throw new Error('ingestArticle needs the linker cache, which this server was built without');
  const ingestInput: IngestInput = {
    raw: input.text,
    source: input.source,
    meta: {
      file: input.source,
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      url: input.url ? String(input.url) : null,
      publishedAt: input.publishedAt ? isoDay(input.publishedAt) : null,
    },
  };
  // The analysis runs on a worker thread when the service has them (INGEST_WORKERS), the write here: with the
  // service's writer, together with other ingests written at the same moment.
  const write = deps.ingestWriter ?? ((analysis: ArticleAnalysis, db: Db) => writeAnalysis(db, analysis));
  const ingestOnce = async (): Promise<IngestSummary> =>
    write(await linkerCache.analyse(ingestInput, deps.db), deps.db);
  let summary: IngestSummary;
  try {
    summary = await ingestOnce();
  } catch (error) {
    // The cached linker still knew an entity that has since been deleted: link once more against the graph
    // as it is. A second failure (deleted again meanwhile) is the CONFLICT it carries.
    if (!(error instanceof UnlinkedEntitiesError)) throw error;
    linkerCache.invalidate();
    summary = await ingestOnce();
  }

  const article = await deps.loaders.articles.load(summary.articleId);
  if (!article) throw new Error(`Article ${summary.articleId} was written but could not be read back`);
  // The entities as the mentions were written on them (an entity merged away since is reported as written).
  const linked = summary.linked.flatMap((l) => {
    const written = summary.entities.get(l.entityId);
    return written ? [{ entity: entityRowOf(deps, written), count: l.count, surfaces: l.surfaces }] : [];
  });
  const candidateIds = [...new Set(summary.candidates.map((c) => c.id))];
  const candidates =
    candidateIds.length === 0
      ? []
      : parseRows(
          candidateRow,
          (await deps.db.read(candidatesByIdsQ, { ids: candidateIds })).map((r) => r.candidate),
        );
  const proposals = await findProposals(
    deps.db,
    summary.proposals.map((p) => p.id),
  );
  return { article, created: summary.created, linked, candidates, proposals };
}

/** Announces a new article and the entities it names; a repeat of a known text announces nothing. */
export function announceIngest(events: EventBus, result: IngestResultValue): void {
  if (!result.created) return;
  const articleId = result.article.id;
  events.articleIngested({ articleId, entityIds: result.linked.map((l) => l.entity.id) });
  events.mentionsAdded({
    articleId,
    mentions: result.linked.map((l) => ({ entityId: l.entity.id, count: l.count })),
  });
}
