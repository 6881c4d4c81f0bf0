import { createHash } from 'node:crypto';
import type { Encoded } from './codec.js';

/**
 * A checksum of a whole graph that does not depend on the order things are read in nor on the database's own
 * ids: each node is hashed from its sorted labels and encoded properties, each relationship from its type,
 * properties and the hashes of its two ends, and the checksum is the sum of all those SHA-256 values modulo
 * 2^256 (a multiset hash). Two graphs get the same checksum when they hold the same nodes and relationships
 * with the same values and types (an INTEGER 1 and a FLOAT 1.0 differ), whichever database they live in.
 */

const MODULUS = 1n << 256n;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export interface NodeContent {
  labels: readonly string[];
  properties: Record<string, Encoded>;
}

export interface RelationshipContent {
  type: string;
  properties: Record<string, Encoded>;
}

/** The hash of one node; relationships name their ends by it. */
export const nodeHash = (node: NodeContent): string =>
  sha256(JSON.stringify({ labels: [...node.labels].sort(), properties: node.properties }));

export class GraphDigest {
  private sum = 0n;
  nodes = 0;
  relationships = 0;

  /** Adds a node and returns its hash. */
  addNode(node: NodeContent): string {
    const hash = nodeHash(node);
    this.add(hash);
    this.nodes += 1;
    return hash;
  }

  addRelationship(relationship: RelationshipContent, fromHash: string, toHash: string): void {
    this.add(
      sha256(
        JSON.stringify({
          type: relationship.type,
          properties: relationship.properties,
          from: fromHash,
          to: toHash,
        }),
      ),
    );
    this.relationships += 1;
  }

  /** `sha256-multiset:<64 hex>` */
  value(): string {
    return `sha256-multiset:${this.sum.toString(16).padStart(64, '0')}`;
  }

  private add(hex: string): void {
    this.sum = (this.sum + BigInt(`0x${hex}`)) % MODULUS;
  }
}
