import neo4j, { type Driver } from 'neo4j-driver';
import { cypher, type QueryCatalogue } from '../neo4j/catalogue.js';
import { encodeProperties, type Encoded } from './codec.js';
import { GraphDigest } from './digest.js';

const nodesQ = cypher('backup/nodes');
const relationshipsQ = cypher('backup/relationships');

/** Where a graph is read from: the driver, the database and the statements. */
export interface GraphSource {
  driver: Driver;
  database: string;
  catalogue: QueryCatalogue;
}

export interface GraphNode {
  /** The database's element id: valid within this read only. */
  elementId: string;
  labels: string[];
  properties: Record<string, Encoded>;
}

export interface GraphRelationship {
  type: string;
  from: string;
  to: string;
  properties: Record<string, Encoded>;
}

export interface GraphVisitor {
  node(node: GraphNode): void | Promise<void>;
  relationship(relationship: GraphRelationship): void | Promise<void>;
}

/** A relationship whose end was not among the nodes read: something wrote while the graph was being read. */
export class GraphChangedError extends Error {
  override name = 'GraphChangedError';
  constructor() {
    super(
      'The graph changed while it was being read (a relationship ends at a node that was not read); run again',
    );
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Streams every node (but schema bookkeeping, `:Migration`), then every relationship between them, in one read
 * transaction, record by record: memory does not grow with the graph here (the driver pulls in batches as the
 * visitor keeps up). Knows no labels, types or property names, so any kind of node the model gains is read too.
 */
export async function readGraph(source: GraphSource, visitor: GraphVisitor): Promise<void> {
  const session = source.driver.session({
    database: source.database,
    defaultAccessMode: neo4j.session.READ,
  });
  const tx = await session.beginTransaction({ metadata: { app: 'kg-graphql', query: 'backup/read-graph' } });
  try {
    for await (const record of tx.run(source.catalogue.text(nodesQ))) {
      await visitor.node({
        elementId: String(record.get('elementId')),
        labels: strings(record.get('labels')),
        properties: encodeProperties(
          record.get('properties') as Record<string, unknown>,
          strings(record.get('floatKeys')),
        ),
      });
    }
    for await (const record of tx.run(source.catalogue.text(relationshipsQ))) {
      await visitor.relationship({
        type: String(record.get('type')),
        from: String(record.get('from')),
        to: String(record.get('to')),
        properties: encodeProperties(
          record.get('properties') as Record<string, unknown>,
          strings(record.get('floatKeys')),
        ),
      });
    }
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

export interface GraphSummary {
  nodes: number;
  relationships: number;
  checksum: string;
}

/** The checksum of a whole graph (digest.ts), with its counts. */
export async function graphChecksum(source: GraphSource): Promise<GraphSummary> {
  const digest = new GraphDigest();
  const hashes = new Map<string, string>();
  await readGraph(source, {
    node: (node) => {
      hashes.set(node.elementId, digest.addNode(node));
    },
    relationship: (relationship) => {
      const from = hashes.get(relationship.from);
      const to = hashes.get(relationship.to);
      if (from === undefined || to === undefined) throw new GraphChangedError();
      digest.addRelationship(relationship, from, to);
    },
  });
  return { nodes: digest.nodes, relationships: digest.relationships, checksum: digest.value() };
}
