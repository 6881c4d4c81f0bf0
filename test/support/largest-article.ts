import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/graphql/mutation/ingest.js';

/**
 * The largest article the API accepts: the corpus's paragraphs, numbered so the article is new, up to just under
 * MAX_ARTICLE_BYTES. Used by the ingest-thread test and bench/live-during-ingest.ts.
 */
export function largestArticle(suffix: string): string {
  const dir = join(import.meta.dirname, '../../data/corpus');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(2),
    );
  let text = `Largest accepted article ${suffix}\n\n`;
  for (let i = 0; ; i += 1) {
    const next = `${text}${paragraphs[i % paragraphs.length] ?? ''} (${suffix} ${i})\n\n`;
    if (Buffer.byteLength(next, 'utf8') > MAX_ARTICLE_BYTES) return text;
    text = next;
  }
}
