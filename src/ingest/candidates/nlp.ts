/**
 * compromise's people, organisations and places as candidate spans, cleaned of titles, punctuation,
 * lower-case words and possessives, and extended over name parts it drops ("Kim Jong-" + "un").
 */
import nlp from 'compromise';
import { z } from 'zod';
import { isCommonWord } from '../common-words.js';
import { isNameHead, TITLES } from '../name-words.js';
import type { Found } from './found.js';

const termSchema = z.object({
  text: z.string(),
  pre: z.string(),
  post: z.string(),
  tags: z.array(z.string()),
  offset: z.object({ start: z.number(), length: z.number() }),
});
const matchesSchema = z.array(z.object({ terms: z.array(termSchema) }));
type Term = z.infer<typeof termSchema>;
const tagsSchema = z.array(z.object({ terms: z.array(z.object({ tags: z.array(z.string()) })) }));

const CAPITALISED = /^\p{Lu}/u;
/** "The Korean Central News Agency": compromise keeps the article, the name does not. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** compromise's people, organisations and places, as clean spans. */
export function compromiseSpans(text: string): Found[] {
  const doc = nlp(text);
  const groups: ['person' | 'organisation' | 'place', unknown][] = [
    ['person', doc.people().json({ offset: true })],
    ['organisation', doc.organizations().json({ offset: true })],
    ['place', doc.places().json({ offset: true })],
  ];
  const spans: Found[] = [];
  for (const [category, json] of groups) {
    for (const match of matchesSchema.parse(json)) {
      for (const terms of splitAtPunctuation(match.terms)) {
        const span = cleanTerms(text, terms, category);
        if (span !== null) spans.push(span);
      }
    }
  }
  // One span read two ways ("Peter Ward" as a person and as a place): a first name settles it.
  return spans.filter(
    (span) =>
      span.category === 'person' ||
      !spans.some(
        (other) =>
          other.category === 'person' &&
          other.start === span.start &&
          other.end === span.end &&
          tagsOf(/^\p{L}+/u.exec(text.slice(span.start))?.[0].toLowerCase() ?? '').includes('FirstName'),
      ),
  );
}

/** compromise joins across commas, colons and brackets ("Pyongyang Airport: North Korea’s"). */
function splitAtPunctuation(terms: readonly Term[]): Term[][] {
  const parts: Term[][] = [[]];
  terms.forEach((term, index) => {
    if (index > 0 && /[^\s-]/.test(term.pre)) parts.push([]);
    parts[parts.length - 1]?.push(term);
    if (/[^\s-]/.test(term.post)) parts.push([]);
  });
  return parts.filter((part) => part.length > 0);
}

/** Drops titles and lower-case words at the edges, a possessive, and extends over dropped name parts. */
function cleanTerms(text: string, terms: readonly Term[], category: Found['category']): Found | null {
  let first = 0;
  let last = terms.length - 1;
  const isEdgeNoise = (term: Term | undefined): boolean =>
    term !== undefined &&
    (!CAPITALISED.test(term.text) ||
      TITLES.has(term.text.toLowerCase()) ||
      term.tags.includes('Honorific') ||
      ARTICLES.has(term.text.toLowerCase()));
  while (first <= last && isEdgeNoise(terms[first])) first += 1;
  // "Russia’s Federal Air Transport Agency": the owner in front is not part of the name.
  for (let index = first; index < last; index += 1) {
    if (/['’]s$/u.test(terms[index]?.text ?? '')) first = index + 1;
  }
  while (last >= first && !CAPITALISED.test(terms[last]?.text ?? '')) last -= 1;
  const head = terms[first];
  const tail = terms[last];
  if (head === undefined || tail === undefined) return null;
  // "Minister of Natural Resources" is a role, not an organisation called "Natural Resources".
  const lead = /(\p{L}+) of (?:the )?$/u.exec(
    text.slice(Math.max(0, head.offset.start - 40), head.offset.start),
  );
  if (category === 'organisation' && lead?.[1] !== undefined && TITLES.has(lead[1].toLowerCase()))
    return null;
  // A lone adjective of nationality ("Russian" from "Russian media") names nothing.
  if (first === last && head.tags.includes('Demonym')) return null;
  let end = tail.offset.start + tail.offset.length;
  const possessive = /['’]s$/u.exec(text.slice(head.offset.start, end));
  if (possessive) end -= possessive[0].length;
  if (category === 'person') end = extendName(text, end);
  // compromise calls many single surnames organisations ("the Biden administration"), and some people
  // places ("Peter Ward"): a first name and a word or two with no organisation or place word is a person.
  const lone = first === last ? tagsOf(head.text.toLowerCase()) : [];
  const words = terms.slice(first, last + 1).map((term) => term.text.replace(/['’]s$/u, ''));
  const named =
    words.length >= 2 &&
    words.length <= 3 &&
    tagsOf(head.text.toLowerCase()).includes('FirstName') &&
    !words.some((word) => isNameHead(word));
  const lonePerson = lone.includes('Person') && !lone.includes('Organization') && !lone.includes('Place');
  const guess = named || (category !== 'person' && lonePerson) ? 'person' : category;
  return { start: head.offset.start, end, category: guess, source: 'nlp' };
}

/**
 * Extends a person's name over parts compromise leaves out: a hyphenated syllable ("Kim Jong-" +
 * "un") and following capitalised words ("Yun" + " Jong-ho"), up to four words in all.
 */
function extendName(text: string, end: number): number {
  let extended = end;
  const hyphenPart = /^-[\p{L}\p{M}]+/u.exec(text.slice(extended));
  if (hyphenPart) extended += hyphenPart[0].length;
  for (let added = 0; added < 3; added += 1) {
    const next = /^ (\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)?)(?![\p{L}\p{M}])/u.exec(text.slice(extended));
    const word = next?.[1];
    if (next === null || word === undefined || isCommonWord(word) || TITLES.has(word.toLowerCase())) break;
    const tags = tagsOf(word.toLowerCase());
    if (tags.includes('Place') || tags.includes('Organization') || tags.includes('Verb')) break;
    extended += next[0].length;
  }
  return extended;
}

const tagCache = new Map<string, readonly string[]>();

/** compromise's tags for a lone lower-case word (cached: the same words recur across articles). */
export function tagsOf(word: string): readonly string[] {
  let tags = tagCache.get(word);
  if (tags === undefined) {
    const parsed = tagsSchema.safeParse(nlp(word).json());
    tags = parsed.success ? (parsed.data[0]?.terms[0]?.tags ?? []) : [];
    if (tagCache.size > 10_000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}
