/**
 * The corpus manifest: metadata that the article files do not state reliably (title, outlet,
 * author, URL, date). Values here win over whatever parse.ts reads from the text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';

export const manifestEntrySchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1).nullable(),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable().optional(),
  url: z.url().nullable(),
  // Publication day only: a partial date here would be a manifest mistake, not a precision.
  publishedAt: z.iso.date().nullable(),
  notes: z.string().optional(),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

// The corpus wraps the entries with a description; a bare array is accepted too.
const manifestSchema = z.union([
  z.object({ about: z.string().optional(), articles: z.array(manifestEntrySchema) }),
  z.array(manifestEntrySchema),
]);

/** Reads `<dir>/manifest.json`; a missing manifest means no metadata (an empty list). */
export async function readManifest(dir: string): Promise<ManifestEntry[]> {
  let raw: string;
  try {
    raw = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error: unknown) {
    if (isNotFound(error)) return [];
    throw error;
  }
  return parseManifest(raw);
}

/** Validates manifest JSON text; throws a ZodError naming the bad entry and field. */
export function parseManifest(json: string): ManifestEntry[] {
  const parsed = manifestSchema.parse(JSON.parse(json));
  return Array.isArray(parsed) ? parsed : parsed.articles;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
