import { timeText, type ExportGraph, type ExportEdge } from './subgraph.js';
import type { EntityRow } from '../graphql/rows.js';

/**
 * GraphML (http://graphml.graphdrawing.org/) as Gephi and yEd read it: every attribute declared as a <key>
 * with a name and a type, node and edge attributes as <data>. `label` is the attribute both tools show by
 * default. Several pieces of evidence for one relationship are joined by newlines in one attribute, since
 * GraphML has no lists.
 */

interface Key<T> {
  id: string;
  name: string;
  type: 'string' | 'int';
  value: (item: T) => string | number | null;
}

const join = (values: readonly (string | null)[]): string =>
  values.filter((v): v is string => v !== null && v !== '').join('\n');

const NODE_KEYS: readonly Key<EntityRow>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.name },
  { id: 'n_kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'n_aliases', name: 'aliases', type: 'string', value: (n) => n.aliases.join('; ') },
  { id: 'n_description', name: 'description', type: 'string', value: (n) => n.description },
];

const EDGE_KEYS: readonly Key<ExportEdge>[] = [
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.type },
  { id: 'e_type', name: 'type', type: 'string', value: (e) => e.type },
  { id: 'e_role', name: 'role', type: 'string', value: (e) => e.role },
  { id: 'e_time', name: 'time', type: 'string', value: (e) => timeText(e) },
  {
    id: 'e_sentences',
    name: 'evidence_sentences',
    type: 'string',
    value: (e) => join(e.evidence.map((v) => v.sentence)),
  },
  {
    id: 'e_quotes',
    name: 'evidence_quotes',
    type: 'string',
    value: (e) => join(e.evidence.map((v) => v.quote)),
  },
  {
    id: 'e_article_ids',
    name: 'evidence_article_ids',
    type: 'string',
    value: (e) => join(e.evidence.map((v) => v.article.id)),
  },
  {
    id: 'e_article_titles',
    name: 'evidence_article_titles',
    type: 'string',
    value: (e) => join(e.evidence.map((v) => v.article.title)),
  },
  {
    id: 'e_article_urls',
    name: 'evidence_article_urls',
    type: 'string',
    value: (e) => join(e.evidence.map((v) => v.article.url)),
  },
  { id: 'e_articles', name: 'corroboration_articles', type: 'int', value: (e) => e.corroboration.articles },
  { id: 'e_outlets', name: 'corroboration_outlets', type: 'int', value: (e) => e.corroboration.outlets },
  {
    id: 'e_outlet_names',
    name: 'outlets',
    type: 'string',
    value: (e) => e.corroboration.outletNames.join('; '),
  },
];

/** Characters XML 1.0 cannot carry at all (control characters other than tab, newline, return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as XML character data or attribute value: markup characters escaped, impossible characters dropped. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function keyLines<T>(keys: readonly Key<T>[], target: 'node' | 'edge'): string[] {
  return keys.map((k) => `  <key id="${k.id}" for="${target}" attr.name="${k.name}" attr.type="${k.type}"/>`);
}

function dataLines<T>(keys: readonly Key<T>[], item: T): string[] {
  return keys.flatMap((k) => {
    const value = k.value(item);
    return value === null || value === ''
      ? []
      : [`      <data key="${k.id}">${xmlText(String(value))}</data>`];
  });
}

export function toGraphML(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_description" for="graph" attr.name="description" attr.type="string"/>',
    '  <key id="g_truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...keyLines(NODE_KEYS, 'node'),
    ...keyLines(EDGE_KEYS, 'edge'),
    '  <graph id="G" edgedefault="directed">',
    `    <data key="g_description">${xmlText(graph.title)}</data>`,
    `    <data key="g_truncated">${graph.truncated}</data>`,
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlText(node.id)}">`, ...dataLines(NODE_KEYS, node), '    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`,
      ...dataLines(EDGE_KEYS, edge),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
