import { rm } from 'node:fs/promises';
import { GraphDigest } from './digest.js';
import { DUMP_FORMAT, DUMP_VERSION, DumpWriter } from './format.js';
import { GraphChangedError, readGraph, type GraphSource, type GraphSummary } from './read-graph.js';

/**
 * Writes the whole graph to a new dump file (format.ts): every node with its labels and properties, every
 * relationship with its type, ends and properties, whatever kinds the model has by then. Refuses to overwrite a
 * file. On failure the partial file is removed, so a file that exists is a complete export.
 *
 * Memory: one entry per node (its number and hash), about 150 bytes, so a million nodes need ~150 MB.
 */
export async function exportGraph(
  source: GraphSource,
  path: string,
  exportedAt: Date = new Date(),
): Promise<GraphSummary> {
  const writer = await DumpWriter.create(path);
  const digest = new GraphDigest();
  const seen = new Map<string, { key: number; hash: string }>();
  try {
    await writer.write({
      format: DUMP_FORMAT,
      version: DUMP_VERSION,
      exportedAt: exportedAt.toISOString(),
      database: source.database,
    });
    await readGraph(source, {
      node: async (node) => {
        const key = seen.size + 1;
        seen.set(node.elementId, { key, hash: digest.addNode(node) });
        await writer.write({ node: key, labels: node.labels, properties: node.properties });
      },
      relationship: async (relationship) => {
        const from = seen.get(relationship.from);
        const to = seen.get(relationship.to);
        if (from === undefined || to === undefined) throw new GraphChangedError();
        digest.addRelationship(relationship, from.hash, to.hash);
        await writer.write({
          relationship: relationship.type,
          from: from.key,
          to: to.key,
          properties: relationship.properties,
        });
      },
    });
    const summary = { nodes: digest.nodes, relationships: digest.relationships, checksum: digest.value() };
    await writer.write({ end: summary });
    await writer.close();
    return summary;
  } catch (error) {
    writer.abort();
    await rm(path, { force: true });
    throw error;
  }
}
