import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';

/**
 * The dump file: JSON Lines, UTF-8, gzip-compressed when the name ends in `.gz`.
 *
 *     {"format":"kg-graphql-graph","version":1,"exportedAt":"…","database":"neo4j"}
 *     {"node":1,"labels":["Entity","Person"],"properties":{"id":"person/…","name":"…",…}}
 *     …every node, then every relationship…
 *     {"relationship":"MENTIONED_IN","from":1,"to":7,"properties":{"start":12,…}}
 *     {"end":{"nodes":1234,"relationships":5678,"checksum":"sha256-multiset:…"}}
 *
 * Nodes are numbered within the file; relationships name their ends by those numbers. Property values follow
 * codec.ts. The last line makes a truncated file detectable, and its checksum (digest.ts) is what an import
 * must reproduce in the database it loaded.
 */

export const DUMP_FORMAT = 'kg-graphql-graph';
export const DUMP_VERSION = 1;

const properties = z.record(z.string(), z.unknown());

export const headerLine = z.object({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(DUMP_VERSION),
  exportedAt: z.string(),
  database: z.string(),
});
export const nodeLine = z.object({
  node: z.number().int().positive(),
  labels: z.array(z.string().min(1)),
  properties,
});
export const relationshipLine = z.object({
  relationship: z.string().min(1),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
  properties,
});
export const endLine = z.object({
  end: z.object({
    nodes: z.number().int().nonnegative(),
    relationships: z.number().int().nonnegative(),
    checksum: z.string(),
  }),
});

export type DumpHeader = z.infer<typeof headerLine>;
export type NodeLine = z.infer<typeof nodeLine>;
export type RelationshipLine = z.infer<typeof relationshipLine>;
export type EndLine = z.infer<typeof endLine>;

const gzipped = (path: string): boolean => path.endsWith('.gz');

/** Writes lines to a file with backpressure; `close()` resolves once everything is on disk. */
export class DumpWriter {
  private readonly file: Writable;
  private readonly out: Writable;

  private constructor(path: string, file: Writable) {
    this.file = file;
    if (gzipped(path)) {
      const gzip = createGzip();
      gzip.pipe(this.file);
      this.out = gzip;
    } else {
      this.out = this.file;
    }
  }

  /** Creates the file; an existing file is an error (EEXIST), never overwritten. */
  static async create(path: string): Promise<DumpWriter> {
    const handle = await open(path, 'wx');
    return new DumpWriter(path, handle.createWriteStream());
  }

  async write(line: DumpHeader | NodeLine | RelationshipLine | EndLine): Promise<void> {
    if (!this.out.write(`${JSON.stringify(line)}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await finished(this.file);
  }

  /** Gives up on a failed export: the file is left incomplete (it has no `end` line, so no import takes it). */
  abort(): void {
    this.out.destroy();
    this.file.destroy();
  }
}

export class MalformedDumpError extends Error {
  override name = 'MalformedDumpError';
}

/** The file's lines, parsed as JSON, with their line numbers; streamed, so any size reads in constant memory. */
export async function* readDumpLines(
  path: string,
): AsyncGenerator<{ line: number; value: unknown; size: number }> {
  const file: Readable = createReadStream(path);
  const input = gzipped(path) ? file.pipe(createGunzip()) : file;
  let line = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line += 1;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new MalformedDumpError(`line ${line} is not JSON`);
      }
      yield { line, value, size: text.length };
    }
  } finally {
    file.destroy();
  }
}
