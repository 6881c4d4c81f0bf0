import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readManifest, type ManifestEntry } from './manifest.js';

export interface ArticleFile {
  path: string;
  source: string;
  raw: string;
  meta?: ManifestEntry;
}

/**
 * Expands files and folders into article files (a folder contributes its *.txt, in name order) and pairs
 * each with its entry in the manifest.json beside it, when there is one.
 */
export async function readArticleFiles(paths: readonly string[]): Promise<ArticleFile[]> {
  const files: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    if ((await stat(full)).isDirectory()) {
      const names = (await readdir(full)).filter((n) => n.endsWith('.txt')).sort();
      files.push(...names.map((n) => join(full, n)));
    } else {
      files.push(full);
    }
  }
  const manifests = new Map<string, ManifestEntry[]>();
  const out: ArticleFile[] = [];
  for (const path of [...new Set(files)]) {
    const dir = dirname(path);
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = await readManifest(dir);
      manifests.set(dir, manifest);
    }
    const source = basename(path);
    const meta = manifest.find((m) => m.file === source);
    out.push({ path, source, raw: await readFile(path, 'utf8'), ...(meta ? { meta } : {}) });
  }
  return out;
}
