/**
 * Whether a word is an ordinary English word, from compromise's lexicon (about 25,000 words with their
 * part of speech). A short form of a name that is such a word ("Transport" of "Federal Agency for Air
 * Transport") says nothing alone; names in the lexicon (places, people, organisations) still do.
 */
import nlp from 'compromise';
import { z } from 'zod';

const NAME_TAGS: ReadonlySet<string> = new Set([
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Demonym',
]);

// A word's tag, or several for words of more than one part of speech.
const modelSchema = z.object({
  one: z.object({ lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])) }),
});

let words: ReadonlySet<string> | undefined;

/** `word` in lower case. */
export function isEnglishWord(word: string): boolean {
  if (words === undefined) {
    const lexicon = modelSchema.parse(nlp.model()).one.lexicon;
    words = new Set(
      Object.entries(lexicon)
        .filter(([, tags]) => ![tags].flat().some((tag) => NAME_TAGS.has(tag)))
        .map(([entry]) => entry),
    );
  }
  return words.has(word);
}
