// GraphML and CSV writers on hand-made subgraphs, read back with real parsers: markup and control characters
// in names and sentences, formulas in cells, several sources for one relationship.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../src/export/csv.js';
import { toGraphML, xmlText } from '../../src/export/graphml.js';
import { timeText, type ExportGraph } from '../../src/export/subgraph.js';
import type { EntityRow, EvidenceRow } from '../../src/graphql/rows.js';

const entity = (id: string, name: string, kind: EntityRow['kind']): EntityRow => ({
  id,
  kind,
  name,
  aliases: [name],
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

const evidence = (article: string, sentence: string, quote: string): EvidenceRow => ({
  claimId: 'rel/x',
  article: {
    id: article,
    title: `Title of ${article}`,
    outlet: 'Wire & Co',
    author: null,
    publishedAt: '2025-07-27',
    source: null,
    url: `https://example.org/${article}?a=1&b=2`,
    contentHash: 'h',
    ingestedAt: null,
    text: null,
  },
  sentence,
  sentenceIndex: 0,
  sentenceStart: 0,
  quote,
  start: sentence.indexOf(quote),
  end: sentence.indexOf(quote) + quote.length,
});

const TRICKY = 'A <b>"quoted"</b> & \'odd\' name\u0001';

const graph: ExportGraph = {
  title: 'Test & <graph>',
  truncated: false,
  nodes: [entity('org/a', TRICKY, 'Organisation'), entity('route/b', '=HYPERLINK("x")', 'Route')],
  edges: [
    {
      id: 'rel/x',
      type: 'OPERATES',
      source: 'org/a',
      target: 'route/b',
      role: null,
      at: null,
      start: '2024',
      end: null,
      precision: 'year',
      evidence: [
        evidence('article/1', 'The <airline> operates it, "daily" & more.', 'operates it'),
        evidence('article/2', '-2 flights a week, it said.', '-2 flights a week'),
      ],
      corroboration: { articles: 2, outlets: 1, outletNames: ['Wire & Co'] },
    },
  ],
};

describe('GraphML', () => {
  const xml = toGraphML(graph);

  it('is well-formed XML whatever the text holds', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xmlText('a\u0000b\u0008c\td\ne')).toBe('abc\td\ne');
  });

  it('round-trips names, sentences and counts through a parser', () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
      parseTagValue: false,
      processEntities: true,
    }).parse(xml) as {
      graphml: {
        key: { '@_id': string; '@_attr.name': string }[];
        graph: {
          node: { '@_id': string; data: { '@_key': string; '#text': string }[] }[];
          edge: { data: { '@_key': string; '#text': string }[] }[];
        };
      };
    };
    const names = new Map(doc.graphml.key.map((k) => [k['@_id'], k['@_attr.name']]));
    const values = (data: { '@_key': string; '#text': string }[]): Partial<Record<string, string>> =>
      Object.fromEntries(data.map((d) => [names.get(d['@_key']) ?? d['@_key'], d['#text']]));
    const node = values(doc.graphml.graph.node[0]?.data ?? []);
    expect(node).toMatchObject({ label: TRICKY.replace('\u0001', ''), kind: 'Organisation' });
    const edge = values(doc.graphml.graph.edge[0]?.data ?? []);
    expect(edge).toMatchObject({
      type: 'OPERATES',
      time: '2024 –',
      corroboration_articles: '2',
      outlets: 'Wire & Co',
      evidence_article_ids: 'article/1\narticle/2',
    });
    expect(edge.evidence_sentences).toBe(
      'The <airline> operates it, "daily" & more.\n-2 flights a week, it said.',
    );
  });
});

describe('CSV', () => {
  it('lists nodes, escaping what a spreadsheet would run as a formula', () => {
    const rows = parseCsv<Record<string, string>>(nodesCsv(graph), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(['org/a', 'route/b']);
    expect(rows[0]?.name).toBe(TRICKY);
    expect(rows[1]?.name).toBe('\'=HYPERLINK("x")');
  });

  it('gives each source of an edge its own row, with the article and the sentence', () => {
    const text = edgesCsv(graph);
    expect(text).toContain('\r\n');
    const rows = parseCsv<Record<string, string>>(text, { columns: true });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      edge_id: 'rel/x',
      source_name: TRICKY,
      target_name: '\'=HYPERLINK("x")',
      time: '2024 –',
      article_id: 'article/1',
      url: 'https://example.org/article/1?a=1&b=2',
      sentence: 'The <airline> operates it, "daily" & more.',
      quote: 'operates it',
    });
    expect(rows[1]?.quote).toBe("'-2 flights a week");
  });

  it('still lists an edge without evidence', () => {
    const bare: ExportGraph = { ...graph, edges: graph.edges.map((e) => ({ ...e, evidence: [] })) };
    const rows = parseCsv<Record<string, string>>(edgesCsv(bare), { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ edge_id: 'rel/x', article_id: '', sentence: '' });
  });
});

describe('timeText', () => {
  it('writes a point or an interval', () => {
    expect(timeText({ at: '2025-07-27', start: null, end: null })).toBe('2025-07-27');
    expect(timeText({ at: null, start: '2023', end: '2024-05' })).toBe('2023 – 2024-05');
    expect(timeText({ at: null, start: null, end: null })).toBe('');
  });
});
