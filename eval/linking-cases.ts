/**
 * The annotated articles of test/fixtures/linking/: `NN-name.txt` with `NN-name.json` (format in
 * linking-score.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const category = z.enum([
  'person',
  'organisation',
  'news_agency',
  'media',
  'place',
  'product',
  'event',
]);
const annotation = z.object({
  style: z.string(),
  /** Written after the rules were tuned on the others, and scored apart: the honest figure for unseen text. */
  heldOut: z.boolean(),
  links: z.record(z.string(), z.string()),
  unlinked: z.array(z.string()),
  candidates: z.array(
    z.object({
      names: z.array(z.string()).min(1),
      category,
      categories: z.array(category).optional(),
      aliasOf: z.string().optional(),
    }),
  ),
  optional: z.array(z.string()),
  /** An annotation mistake corrected after scoring, said openly (the system was right, the annotation wrong). */
  annotationFixed: z.string().optional(),
});
export type Annotation = z.infer<typeof annotation>;

export interface EvalCase {
  readonly id: string;
  readonly raw: string;
  readonly annotation: Annotation;
}

export function loadCases(dir: string): EvalCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.txt'.length);
      return {
        id,
        raw: readFileSync(join(dir, file), 'utf8'),
        annotation: annotation.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'))),
      };
    });
}
