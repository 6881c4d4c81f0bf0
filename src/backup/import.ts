import { awaitArticleIndex } from '../ingest/article-index.js';
import { cypher } from '../neo4j/catalogue.js';
import type { Db } from '../neo4j/db.js';
import { decodeProperties, type Encoded } from './codec.js';
import { GraphDigest } from './digest.js';
import {
  DUMP_FORMAT,
  DUMP_VERSION,
  endLine,
  headerLine,
  MalformedDumpError,
  nodeLine,
  readDumpLines,
  relationshipLine,
  type DumpHeader,
  type EndLine,
  type NodeLine,
  type RelationshipLine,
} from './format.js';
import { graphChecksum, type GraphSource, type GraphSummary } from './read-graph.js';

const hasDataQ = cypher('backup/has-data');
const createNodesQ = cypher('backup/create-nodes');
const createRelationshipsQ = cypher('backup/create-relationships');

/** The database already holds data: an import never mixes a dump into an existing graph. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
}

/** The loaded graph is not the one the dump describes. */
export class ImportVerificationError extends Error {
  override name = 'ImportVerificationError';
}

/** Labels a dump may not carry: the schema bookkeeping each database keeps for itself. */
const RESERVED_LABELS = new Set(['Migration']);

type Entry =
  | { kind: 'node'; value: NodeLine; size: number }
  | { kind: 'relationship'; value: RelationshipLine; size: number }
  | { kind: 'end'; value: EndLine['end'] };

/**
 * The dump's records after the header, checked line by line: a known format and version first, nodes before
 * relationships, node numbers unique, relationship ends known, and an `end` line last.
 */
async function* entries(path: string): AsyncGenerator<Entry, DumpHeader> {
  let header: DumpHeader | undefined;
  let ended = false;
  let relationships = false;
  const keys = new Set<number>();
  for await (const { line, value, size } of readDumpLines(path)) {
    const fail = (why: string): never => {
      throw new MalformedDumpError(`${path} line ${line}: ${why}`);
    };
    if (ended) fail('nothing may follow the end line');
    if (header === undefined) {
      const parsed = headerLine.safeParse(value);
      if (!parsed.success) {
        fail(`not a ${DUMP_FORMAT} version ${DUMP_VERSION} header: ${JSON.stringify(value).slice(0, 200)}`);
      }
      header = parsed.data;
      continue;
    }
    const node = nodeLine.safeParse(value);
    if (node.success) {
      if (relationships) fail('a node after the relationships');
      if (keys.has(node.data.node)) fail(`node ${node.data.node} appears twice`);
      const reserved = node.data.labels.find((l) => RESERVED_LABELS.has(l));
      if (reserved) fail(`the label ${reserved} is the database's own and cannot be imported`);
      keys.add(node.data.node);
      yield { kind: 'node', value: node.data, size };
      continue;
    }
    const relationship = relationshipLine.safeParse(value);
    if (relationship.success) {
      relationships = true;
      const { from, to } = relationship.data;
      if (!keys.has(from) || !keys.has(to)) fail(`a relationship between unknown nodes ${from} and ${to}`);
      yield { kind: 'relationship', value: relationship.data, size };
      continue;
    }
    const end = endLine.safeParse(value);
    if (end.success) {
      ended = true;
      yield { kind: 'end', value: end.data.end };
      continue;
    }
    fail('neither a node, a relationship nor the end line');
  }
  if (header === undefined) throw new MalformedDumpError(`${path} is empty`);
  if (!ended) throw new MalformedDumpError(`${path} has no end line: the file is truncated`);
  return header;
}

/**
 * Reads the whole file without touching any database and checks it against its own end line: structure,
 * counts and checksum. A damaged or truncated file is refused before anything is loaded.
 */
export async function verifyDump(path: string): Promise<GraphSummary & { header: DumpHeader }> {
  const digest = new GraphDigest();
  const hashes = new Map<number, string>();
  let end: EndLine['end'] | undefined;
  const reader = entries(path);
  let next = await reader.next();
  while (!next.done) {
    const entry = next.value;
    if (entry.kind === 'node') hashes.set(entry.value.node, digest.addNode(asContent(entry.value)));
    else if (entry.kind === 'relationship') {
      const { from, to } = entry.value;
      digest.addRelationship(
        { type: entry.value.relationship, properties: entry.value.properties as Record<string, Encoded> },
        hashes.get(from) ?? '',
        hashes.get(to) ?? '',
      );
    } else end = entry.value;
    next = await reader.next();
  }
  const found = { nodes: digest.nodes, relationships: digest.relationships, checksum: digest.value() };
  if (
    end === undefined ||
    end.nodes !== found.nodes ||
    end.relationships !== found.relationships ||
    end.checksum !== found.checksum
  ) {
    throw new MalformedDumpError(
      `${path} does not match its end line (file: ${JSON.stringify(found)}, end line: ${JSON.stringify(end)})`,
    );
  }
  return { ...found, header: next.value };
}

const asContent = (line: NodeLine) => ({
  labels: line.labels,
  properties: line.properties as Record<string, Encoded>,
});

export interface ImportDeps {
  db: Db;
  /** The same database, read back to check the import. */
  source: GraphSource;
}

export interface ImportOptions {
  /** Records per write transaction, at most. */
  batchSize?: number;
  /** Characters of dump per write transaction, at most (articles are long): 4 MB by default. */
  batchChars?: number;
  onProgress?: (loaded: { nodes: number; relationships: number }) => void;
}

/**
 * Loads a dump into an empty database: checks the file (verifyDump), refuses a database that holds any data,
 * creates the nodes and then the relationships in write transactions of `batchSize` records, and finally reads
 * the whole graph back and compares its checksum with the file's. The schema (constraints, indexes) is the
 * migrations' business: connectGraph applies them before this runs, as the service does at start.
 *
 * If loading fails half way the database holds part of the dump and a second import refuses it: empty the
 * database (or start from a fresh one) and run the import again.
 */
export async function importGraph(
  deps: ImportDeps,
  path: string,
  options: ImportOptions = {},
): Promise<GraphSummary> {
  const batchSize = options.batchSize ?? 1000;
  const batchChars = options.batchChars ?? 4_000_000;
  const expected = await verifyDump(path);
  const [state] = await deps.db.read(hasDataQ);
  if (state?.hasData !== false) {
    throw new ImportRefusedError(
      'The database already holds data; an import loads into an empty database only (see README, Backup and restore)',
    );
  }

  const elementIds = new Map<number, string>();
  const loaded = { nodes: 0, relationships: 0 };
  let nodes: NodeLine[] = [];
  let relationships: RelationshipLine[] = [];
  let chars = 0;
  const full = (count: number): boolean => count >= batchSize || chars >= batchChars;

  const flushNodes = async (): Promise<void> => {
    if (nodes.length === 0) return;
    const batch = nodes.map((n) => ({
      key: n.node,
      labels: n.labels,
      properties: decodeProperties(n.properties),
    }));
    const rows = await deps.db.writeTransaction('backup/import-nodes', (tx) =>
      tx.run(createNodesQ, { nodes: batch }),
    );
    for (const row of rows) elementIds.set(Number(row.key), String(row.elementId));
    loaded.nodes += rows.length;
    nodes = [];
    chars = 0;
    options.onProgress?.(loaded);
  };
  const flushRelationships = async (): Promise<void> => {
    if (relationships.length === 0) return;
    const batch = relationships.map((r) => ({
      type: r.relationship,
      from: elementIds.get(r.from),
      to: elementIds.get(r.to),
      properties: decodeProperties(r.properties),
    }));
    const [row] = await deps.db.writeTransaction('backup/import-relationships', (tx) =>
      tx.run(createRelationshipsQ, { relationships: batch }),
    );
    if (Number(row?.created) !== batch.length) {
      throw new ImportVerificationError(`created ${String(row?.created)} of ${batch.length} relationships`);
    }
    loaded.relationships += batch.length;
    relationships = [];
    chars = 0;
    options.onProgress?.(loaded);
  };

  for await (const entry of entries(path)) {
    if (entry.kind === 'node') {
      nodes.push(entry.value);
      chars += entry.size;
      if (full(nodes.length)) await flushNodes();
    } else if (entry.kind === 'relationship') {
      await flushNodes();
      relationships.push(entry.value);
      chars += entry.size;
      if (full(relationships.length)) await flushRelationships();
    }
  }
  await flushNodes();
  await flushRelationships();
  await awaitArticleIndex(deps.db);

  const found = await graphChecksum(deps.source);
  if (found.checksum !== expected.checksum || found.nodes !== expected.nodes) {
    throw new ImportVerificationError(
      `the database does not hold what ${path} describes (database: ${JSON.stringify(found)}, file: ${JSON.stringify({ nodes: expected.nodes, relationships: expected.relationships, checksum: expected.checksum })})`,
    );
  }
  return found;
}
