import { z } from 'zod';
import type { RelationType } from '../../graph/relation-types.js';
import { cypher } from '../../neo4j/catalogue.js';
import type { Db } from '../../neo4j/db.js';
import type { Kind } from '../enums.js';
import { int } from '../params.js';
import {
  edgeRow,
  entityRow,
  listedRelationRow,
  parseRows,
  seenFrom,
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
}

const graphRow = z.object({ nodes: z.array(entityRow), edges: z.array(edgeRow), truncated: z.boolean() });

/** The entities within `depth` hops and the relationships among them; null when the centre does not exist. */
export async function findNeighbourhood(db: Db, args: NeighbourhoodArgs): Promise<GraphRow | null> {
  const [row] = parseRows(
    graphRow,
    await db.read(neighbourhoodQuery, {
      id: args.id,
      depth: int(args.depth),
      types: args.types,
      kinds: args.kinds,
      limit: int(args.limit),
    }),
  );
  return row ?? null;
}

export interface PathsArgs {
  from: string;
  to: string;
  /** At most 6 (the literal bound in the statement), checked by the caller. */
  maxHops: number;
  types: readonly RelationType[];
  first: number;
}

const pathRow = z.object({
  hops: z.array(listedRelationRow.omit({ other: true }).extend({ from: entityRow, to: entityRow })),
});

/** All shortest paths (up to `first`) between two distinct entities, each hop with its relation. */
export async function findPaths(db: Db, args: PathsArgs): Promise<PathRow[]> {
  const rows = await db.read(pathsQuery, {
    from: args.from,
    to: args.to,
    maxHops: int(args.maxHops),
    types: args.types,
    first: int(args.first),
  });
  // A hop walks its relationship from `from` to `to`: those are its ends.
  return parseRows(pathRow, rows).map(({ hops }) => ({
    hops: hops.map(({ from, to, direction, relation }) => ({
      from,
      to,
      ...seenFrom(from, { direction, other: to, relation }),
    })),
  }));
}
