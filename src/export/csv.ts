import { stringify } from 'csv-stringify/sync';
import { timeText, type ExportGraph } from './subgraph.js';

/**
 * The same subgraph as two CSV tables (a spreadsheet holds one table per file): the nodes, and the edges with
 * their sources, one row per piece of evidence so each sentence and article sits in its own cells. An edge
 * without evidence still gets one row. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`...)
 * are escaped by csv-stringify, since article text comes from outside.
 */

const OPTIONS = { header: true, escape_formulas: true, record_delimiter: 'windows' } as const;

export function nodesCsv(graph: ExportGraph): string {
  return stringify(
    graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases.join('; '),
      description: n.description ?? '',
    })),
    { ...OPTIONS, columns: ['id', 'kind', 'name', 'aliases', 'description'] },
  );
}

const EDGE_COLUMNS = [
  'edge_id',
  'type',
  'source_id',
  'source_name',
  'target_id',
  'target_name',
  'role',
  'time',
  'corroboration_articles',
  'corroboration_outlets',
  'article_id',
  'article_title',
  'outlet',
  'published_at',
  'url',
  'sentence',
  'quote',
] as const;

export function edgesCsv(graph: ExportGraph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const rows = graph.edges.flatMap((e) => {
    const edge = {
      edge_id: e.id,
      type: e.type,
      source_id: e.source,
      source_name: names.get(e.source) ?? '',
      target_id: e.target,
      target_name: names.get(e.target) ?? '',
      role: e.role ?? '',
      time: timeText(e),
      corroboration_articles: e.corroboration.articles,
      corroboration_outlets: e.corroboration.outlets,
    };
    if (e.evidence.length === 0) return [edge];
    return e.evidence.map((v) => ({
      ...edge,
      article_id: v.article.id,
      article_title: v.article.title ?? '',
      outlet: v.article.outlet ?? '',
      published_at: v.article.publishedAt ?? '',
      url: v.article.url ?? '',
      sentence: v.sentence,
      quote: v.quote,
    }));
  });
  return stringify(rows, { ...OPTIONS, columns: [...EDGE_COLUMNS] });
}
