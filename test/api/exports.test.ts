// GraphML and CSV exports over real HTTP, read back with real parsers (fast-xml-parser, csv-parse): the
// expected entities and relationships with their evidence, the same access rule and limits as the GraphQL
// fields, and errors as JSON with the stable codes.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { READER_KEY, startTestService } from '../support/service.js';

const NORDWIND = 'org/nordwind-airlines';
const OPERATES_SENTENCE =
  'This new route, the first operated by Nordwind Airlines, will only take passengers in either direction once a month.';

let service: RunningService;
let locked: RunningService;

beforeAll(async () => {
  service = await startTestService();
  locked = await startTestService({ READS_REQUIRE_AUTH: 'true' });
});
afterAll(async () => {
  await Promise.all([service.stop(), locked.stop()]);
});

async function download(url: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    cacheControl: res.headers.get('cache-control'),
    text: await res.text(),
  };
}

interface GraphMLData {
  '@_key': string;
  '#text'?: string | number | boolean;
}
interface GraphMLElement {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: GraphMLData[];
}
interface GraphMLKey {
  '@_id': string;
  '@_for': string;
  '@_attr.name': string;
  '@_attr.type': string;
}

function readGraphML(text: string) {
  expect(SyntaxValidator.validate(text)).toBe(true);
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    parseTagValue: false,
  }).parse(text) as {
    graphml: { key: GraphMLKey[]; graph: { node?: GraphMLElement[]; edge?: GraphMLElement[] } };
  };
  const keys = new Map(xml.graphml.key.map((k) => [k['@_id'], k]));
  // Attributes by their declared names, as Gephi and yEd read them.
  const attributes = (element: GraphMLElement): Partial<Record<string, string>> =>
    Object.fromEntries(
      (element.data ?? []).map((d) => {
        const key = keys.get(d['@_key']);
        expect(key, `data key ${d['@_key']} is declared`).toBeDefined();
        return [key?.['@_attr.name'] ?? '', String(d['#text'] ?? '')];
      }),
    );
  return {
    keys: xml.graphml.key,
    nodes: (xml.graphml.graph.node ?? []).map((n): Partial<Record<string, string>> & { id: string } => ({
      ...attributes(n),
      id: n['@_id'],
    })),
    edges: (xml.graphml.graph.edge ?? []).map((e): Partial<Record<string, string>> & { id: string } => ({
      ...attributes(e),
      id: e['@_id'],
      source: e['@_source'],
      target: e['@_target'],
    })),
  };
}

const readCsv = (text: string): Partial<Record<string, string>>[] =>
  parseCsv<Partial<Record<string, string>>>(text, { columns: true, skip_empty_lines: true });

describe('neighbourhood exports', () => {
  it('exports GraphML that declares its keys and carries kinds, types and evidence', async () => {
    const res = await download(service.url, `/export/neighbourhood/${NORDWIND}.graphml?depth=2`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/graphml+xml; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="nordwind-airlines-neighbourhood-depth2.graphml"');
    expect(res.cacheControl).toBe('max-age=60, public');
    const graph = readGraphML(res.text);

    expect(graph.keys.map((k) => `${k['@_for']}:${k['@_attr.name']}`)).toEqual(
      expect.arrayContaining([
        'node:label',
        'node:kind',
        'edge:type',
        'edge:evidence_sentences',
        'edge:evidence_article_ids',
      ]),
    );
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get(NORDWIND)).toMatchObject({ label: 'Nordwind Airlines', kind: 'Organisation' });
    expect(byId.get('route/moscow-pyongyang-air')).toMatchObject({ kind: 'Route' });
    expect(byId.get('person/oleg-nordwind-employee')).toMatchObject({ kind: 'Person' });
    // Depth 2 reaches the route's ends.
    expect(byId.has('place/pyongyang')).toBe(true);
    const operates = graph.edges.find((e) => e.type === 'OPERATES' && e.source === NORDWIND);
    expect(operates).toMatchObject({ target: 'route/moscow-pyongyang-air', corroboration_articles: '2' });
    expect(operates?.evidence_sentences?.split('\n')).toContain(OPERATES_SENTENCE);
    expect(operates?.evidence_article_ids).toMatch(/^article\/[0-9a-f]{16}/);
    for (const edge of graph.edges) {
      expect(byId.has(edge.source ?? ''), `${edge.id} source is a node`).toBe(true);
      expect(byId.has(edge.target ?? ''), `${edge.id} target is a node`).toBe(true);
    }
  });

  it('exports the same subgraph as CSV: nodes, and edges with one row per source', async () => {
    const nodes = readCsv(
      (await download(service.url, `/export/neighbourhood/${NORDWIND}.nodes.csv?depth=1`)).text,
    );
    expect(nodes.map((n) => n.id).sort()).toEqual(
      [NORDWIND, 'person/oleg-nordwind-employee', 'route/moscow-pyongyang-air'].sort(),
    );
    expect(nodes.find((n) => n.id === NORDWIND)).toMatchObject({
      kind: 'Organisation',
      name: 'Nordwind Airlines',
    });

    const edgesRes = await download(service.url, `/export/neighbourhood/${NORDWIND}.edges.csv?depth=1`);
    expect(edgesRes.type).toBe('text/csv; charset=utf-8; header=present');
    const edges = readCsv(edgesRes.text);
    const operates = edges.filter((e) => e.type === 'OPERATES');
    expect(operates).toHaveLength(2);
    expect(operates.map((e) => e.sentence)).toContain(OPERATES_SENTENCE);
    for (const row of operates) {
      expect(row).toMatchObject({
        source_name: 'Nordwind Airlines',
        target_id: 'route/moscow-pyongyang-air',
      });
      expect(row.article_id).toMatch(/^article\//);
      expect(row.sentence).toContain(row.quote ?? '');
    }
  });

  it('takes an id URL-encoded as one path segment too, and relationship types to walk', async () => {
    const res = await download(
      service.url,
      `/export/neighbourhood/${encodeURIComponent(NORDWIND)}.nodes.csv?types=OPERATES`,
    );
    expect(res.status).toBe(200);
    expect(
      readCsv(res.text)
        .map((n) => n.id)
        .sort(),
    ).toEqual([NORDWIND, 'route/moscow-pyongyang-air']);
  });
});

describe('path exports', () => {
  it('exports the shortest paths between two people with each hop and its evidence', async () => {
    const q = 'from=person/sergei-shoigu&to=person/alexander-kozlov&first=1';
    const graph = readGraphML((await download(service.url, `/export/path.graphml?${q}`)).text);
    expect(graph.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person/sergei-shoigu', 'person/alexander-kozlov']),
    );
    expect(graph.edges).toHaveLength(2);
    for (const edge of graph.edges) expect(edge.evidence_sentences?.length).toBeGreaterThan(0);

    const edges = readCsv((await download(service.url, `/export/path.edges.csv?${q}`)).text);
    expect(edges.map((e) => e.type)).toEqual(expect.arrayContaining(['VISITED']));
    expect(edges.some((e) => e.quote?.includes('Alexander Kozlov'))).toBe(true);
  });
});

describe('export errors and access', () => {
  it.each([
    [`/export/neighbourhood/org/no-such-thing.graphml`, 404, 'NOT_FOUND'],
    [`/export/neighbourhood/${NORDWIND}.graphml?depth=4`, 400, 'LIMIT_EXCEEDED'],
    [`/export/neighbourhood/${NORDWIND}.graphml?limit=1000`, 400, 'LIMIT_EXCEEDED'],
    [`/export/neighbourhood/${NORDWIND}.graphml?depth=two`, 400, 'BAD_USER_INPUT'],
    [`/export/neighbourhood/${NORDWIND}.graphml?types=MENTIONED_IN`, 400, 'BAD_USER_INPUT'],
    [`/export/neighbourhood/${NORDWIND}.pdf`, 400, 'BAD_USER_INPUT'],
    [`/export/path.csv`, 404, 'NOT_FOUND'],
    [`/export/path.graphml?from=${NORDWIND}`, 400, 'BAD_USER_INPUT'],
    [`/export/path.graphml?from=${NORDWIND}&to=${NORDWIND}`, 400, 'BAD_USER_INPUT'],
    [`/export/path.graphml?from=${NORDWIND}&to=place/pyongyang&maxHops=7`, 400, 'LIMIT_EXCEEDED'],
    [`/export/path.graphml?from=${NORDWIND}&to=person/nobody-at-all`, 404, 'NOT_FOUND'],
  ])('%s → %i %s as JSON', async (path, status, code) => {
    const res = await download(service.url, path);
    expect(res.status).toBe(status);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.cacheControl === null || res.cacheControl === 'no-store').toBe(true);
    const body = JSON.parse(res.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(code);
    expect(res.text).not.toMatch(/\/work\/|at .*\.ts:\d+/);
  });

  it('needs a key when reads need one, and keeps keyed answers private', async () => {
    const path = `/export/neighbourhood/${NORDWIND}.graphml`;
    const anonymous = await download(locked.url, path);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const wrong = await download(locked.url, path, { 'x-api-key': 'wrong-key-0123456789abcdef' });
    expect(wrong.status).toBe(401);
    const reader = await download(locked.url, path, { 'x-api-key': READER_KEY });
    expect(reader.status).toBe(200);
    expect(reader.cacheControl).toBe('max-age=60, private');
    expect(readGraphML(reader.text).nodes.length).toBeGreaterThan(1);
  });
});
