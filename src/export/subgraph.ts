import { corroboration, findEvidence, type CorroborationValue } from '../graphql/graph/evidence.js';
import {
  findNeighbourhood,
  findPaths,
  type NeighbourhoodArgs,
  type PathsArgs,
} from '../graphql/graph/queries.js';
import type { EdgeRow, EntityRow, EvidenceRow } from '../graphql/rows.js';
import type { Db } from '../neo4j/db.js';

/**
 * A subgraph ready to export: the entities, the relationships among them, and each relationship's evidence
 * and corroboration. Built with the same query functions as `Query.neighbourhood` and `Query.paths`, plus one
 * statement for all the evidence (as the `evidence` loader does for a GraphQL request).
 */
export interface ExportEdge extends EdgeRow {
  evidence: EvidenceRow[];
  corroboration: CorroborationValue;
}

export interface ExportGraph {
  /** What was exported, in words (the GraphML's description). */
  title: string;
  nodes: EntityRow[];
  edges: ExportEdge[];
  /** True when a node limit cut the subgraph short. */
  truncated: boolean;
}

async function withEvidence(db: Db, edges: readonly EdgeRow[]): Promise<ExportEdge[]> {
  const evidence =
    edges.length === 0
      ? new Map<string, EvidenceRow[]>()
      : await findEvidence(
          db,
          edges.map((e) => e.id),
        );
  return edges.map((edge) => {
    const rows = evidence.get(edge.id) ?? [];
    return { ...edge, evidence: rows, corroboration: corroboration(rows) };
  });
}

/** An entity's neighbourhood; null when the entity does not exist. */
export async function neighbourhoodGraph(db: Db, args: NeighbourhoodArgs): Promise<ExportGraph | null> {
  const graph = await findNeighbourhood(db, args);
  if (!graph) return null;
  const centre = graph.nodes[0]?.name ?? args.id;
  return {
    title: `Neighbourhood of ${centre} (${args.id}), depth ${args.depth}`,
    nodes: graph.nodes,
    edges: await withEvidence(db, graph.edges),
    truncated: graph.truncated,
  };
}

/** The shortest paths between two entities, merged into one subgraph (each node and edge once). */
export async function pathGraph(db: Db, args: PathsArgs): Promise<ExportGraph> {
  const { paths } = await findPaths(db, args);
  const nodes = new Map<string, EntityRow>();
  const edges = new Map<string, EdgeRow>();
  for (const { hops } of paths) {
    for (const hop of hops) {
      nodes.set(hop.from.id, hop.from);
      nodes.set(hop.to.id, hop.to);
      const r = hop.relation;
      edges.set(r.id, {
        id: r.id,
        type: r.type,
        source: r.subject.id,
        target: r.object.id,
        role: r.role,
        at: r.at,
        start: r.start,
        end: r.end,
        precision: r.precision,
      });
    }
  }
  return {
    title: `Shortest paths from ${args.from} to ${args.to} (${paths.length} found, at most ${args.maxHops} hops)`,
    nodes: [...nodes.values()],
    edges: await withEvidence(db, [...edges.values()]),
    truncated: false,
  };
}

/** When a relationship held, as one piece of text: `2025-07-27`, `2023 – 2024`, `2024 –`. */
export function timeText(edge: Pick<EdgeRow, 'at' | 'start' | 'end'>): string {
  if (edge.at !== null) return edge.at;
  if (edge.start === null && edge.end === null) return '';
  return `${edge.start ?? ''} – ${edge.end ?? ''}`.trim();
}
