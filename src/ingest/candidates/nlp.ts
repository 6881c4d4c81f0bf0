/**
 * compromise's people, organisations and places as candidate spans, cleaned of titles, punctuation,
 * lower-case words and possessives, and extended over name parts it drops ("Kim Jong-" + "un").
 */
import nlp from 'compromise';
import { z } from 'zod';
import { isCommonWord } from '../common-words.js';
import { isNameHead, TITLES } from '../name-words.js';
import type { Found } from './found.js';
import { installFastSweep } from './sweep.js';

installFastSweep();

/** The parts of a compromise term read here; `offset` is set by compute('offset'). */
interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}
const offsetSchema = z.object({ start: z.number(), length: z.number() });
const tagsSchema = z.array(z.object({ terms: z.array(z.object({ tags: z.array(z.string()) })) }));

const CAPITALISED = /^\p{Lu}/u;
/** The word before "of" or "of the" at the end of a text ("Minister" in "the Minister of "). */
const WORD_OF = /(\p{L}+) of (?:the )?$/u;
/** "The Korean Central News Agency": compromise keeps the article, the name does not. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * compromise's full analysis but its last step, chunking into noun and verb phrases: no tag depends on it
 * and nothing here reads it, and it is a twentieth of the time.
 */
function parse(text: string): ReturnType<typeof nlp> {
  const hooks = nlp.hooks();
  const at = hooks.indexOf('chunks');
  if (at >= 0) hooks.splice(at, 1);
  try {
    return nlp(text);
  } finally {
    if (at >= 0) hooks.splice(at, 0, 'chunks');
  }
}

/**
 * The terms of each match, read from the parse itself: `.json()` would copy every term and, for people,
 * guess names' parts and gender, which is most of the time after the parse.
 */
function termsOf(view: {
  readonly docs: readonly (readonly { text: string; pre: string; post: string; tags?: Set<string> }[])[];
}): Term[][] {
  return view.docs.map((terms) =>
    terms.map((term) => ({
      text: term.text,
      pre: term.pre,
      post: term.post,
      tags: [...(term.tags ?? [])],
      offset: offsetSchema.parse((term as { offset?: unknown }).offset),
    })),
  );
}

/** compromise's people, organisations and places, as clean spans. */
export function compromiseSpans(text: string): Found[] {
  const doc = parse(text);
  doc.compute('offset');
  const groups: ['person' | 'organisation' | 'place', Term[][]][] = [
    ['person', termsOf(doc.people())],
    ['organisation', termsOf(doc.organizations())],
    ['place', termsOf(doc.places())],
  ];
  const spans: Found[] = [];
  for (const [category, matches] of groups) {
    for (const match of matches) {
      for (const terms of splitAtPunctuation(match)) {
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
  const before = text.slice(Math.max(0, head.offset.start - 40), head.offset.start);
  // The cheap test first: the regular expression tries every start in the slice, and this runs for every name.
  const lead = before.endsWith(' of ') || before.endsWith(' of the ') ? WORD_OF.exec(before) : null;
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
