import { z } from 'zod';
import type { RelationType } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { Kind } from '../enums.js';
import { int } from '../params.js';
import { byClaimId } from './evidence.js';
import {
  edgeRow,
  entityRow,
  evidenceRow,
  listedRelationRow,
  parseRows,
  seenFrom,
  type EvidenceRow,
  type GraphRow,
  type PathRow,
} from '../rows.js';

const neighbourhoodQuery = cypher('graph/neighbourhood');
const pathsQuery = cypher('graph/paths');

export interface NeighbourhoodArgs {
  id: string;
  /** 1..3, checked by the caller. */
  depth: number;
  types: readonly RelationType[];
  kinds: readonly Kind[] | null;
  limit: number;
  /**
   * Whether the nodes' other fields (aliases, description, kind facts) and the edges' role and time are read;
   * when not, the rows carry ids, kinds, names and types only, and the other fields parse as null. Both by default.
   */
  detail?: { nodes: boolean; edges: boolean };
}

/** A row of graph/neighbourhood: a node (nodes first, the centre first of all) or a batch of edges; the cut flag. */
const graphPartRow = z.object({
  node: entityRow.nullable(),
  edges: z.array(edgeRow),
  truncated: z.boolean(),
});

/** The entities within `depth` hops and the relationships among them; null when the centre does not exist. */
export async function findNeighbourhood(db: Db, args: NeighbourhoodArgs): Promise<GraphRow | null> {
  const rows = parseRows(
    graphPartRow,
    await db.read(neighbourhoodQuery, {
      id: args.id,
      depth: int(args.depth),
      types: args.types,
      kinds: args.kinds,
      limit: int(args.limit),
      nodeDetail: args.detail?.nodes ?? true,
      edgeDetail: args.detail?.edges ?? true,
    }),
  );
  const first = rows[0];
  if (!first) return null;
  const graph: GraphRow = { nodes: [], edges: [], truncated: first.truncated };
  for (const { node, edges } of rows) {
    if (node) graph.nodes.push(node);
    graph.edges.push(...edges);
  }
  return graph;
}

export interface PathsArgs {
  from: string;
  to: string;
  /** At most 6 (the literal bound in the statement), checked by the caller. */
  maxHops: number;
  types: readonly RelationType[];
  first: number;
  /** Whether to bring the evidence of every hop's relationship along (the selection reads it). */
  evidence?: boolean;
  /** Whether the hops' entities come whole (default) or as cards (id, kind, name: all the selection reads). */
  detail?: boolean;
}

export interface PathsResult {
  paths: PathRow[];
  /** With `evidence`: each hop relationship's evidence by its id (also when it has none), as graph/evidence. */
  evidence: Map<string, EvidenceRow[]> | null;
}

const pathRow = z.object({
  hops: z.array(listedRelationRow.omit({ other: true }).extend({ from: entityRow, to: entityRow })),
  evidence: z.array(evidenceRow),
});

/** All shortest paths (up to `first`) between two distinct entities, each hop with its relation. */
export async function findPaths(db: Db, args: PathsArgs): Promise<PathsResult> {
  const rows = await db.read(pathsQuery, {
    from: args.from,
    to: args.to,
    maxHops: int(args.maxHops),
    types: args.types,
    first: int(args.first),
    evidence: args.evidence === true,
    detail: args.detail ?? true,
  });
  const parsed = parseRows(pathRow, rows);
  // A hop walks its relationship from `from` to `to`: those are its ends.
  const paths = parsed.map(({ hops }) => ({
    hops: hops.map(({ from, to, direction, relation }) => ({
      from,
      to,
      ...seenFrom(from, { direction, other: to, relation }),
    })),
  }));
  if (args.evidence !== true) return { paths, evidence: null };
  // Paths may share a relationship; each path carries all the evidence of its own hops, so one is enough.
  const evidence = new Map<string, EvidenceRow[]>();
  for (const { hops, evidence: rows } of parsed) {
    const byClaim = byClaimId(rows);
    for (const { relation } of hops) {
      if (!evidence.has(relation.id)) evidence.set(relation.id, byClaim.get(relation.id) ?? []);
    }
  }
  return { paths, evidence };
}
