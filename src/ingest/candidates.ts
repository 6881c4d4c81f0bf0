/**
 * Candidate names: people, organisations and places an article names that the linker could not
 * tie to a known entity. They are proposals for a curator, so precision matters more than recall:
 * a noisy list would hide the names worth adding.
 *
 * Two sources, merged by span (the longer span wins, then the rule over compromise):
 * - rules for what compromise misses or cuts short: capitalised names ending in an organisation
 *   or place word ("Pyongyang Central Station", "Intergovernmental Committee for Cooperation in
 *   Trade, ...") and names after a title ("Premier Pak Thae-song", "CEO Mikhail Volkov");
 * - compromise's people(), organizations() and places(), cleaned of titles, punctuation,
 *   lower-case words and possessives, and extended over name parts it drops ("Kim Jong-" + "un").
 * Linked mentions are excluded, except inside a longer organisation or place name the rules find.
 */
import nlp from 'compromise';
import { z } from 'zod';
import { isCommonWord } from './common-words.js';
import type { Mention } from './linker.js';
import { nameKey } from './names.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';
import type { Zone } from './zones.js';

export type CandidateKind = 'Person' | 'Organisation' | 'Place';

export interface Candidate {
  /** The name as the article spells it: text.slice(start, end). */
  readonly name: string;
  /** nameKey(name); candidates are unique by key within an article. */
  readonly key: string;
  readonly kindGuess: CandidateKind;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: CandidateKind;
  /** Rules are more specific than compromise's guesses; they win ties. */
  readonly fromRule: boolean;
}

/** Titles and roles that precede a person's name, in either case ("Premier", "spokesperson"). */
const TITLES: ReadonlySet<string> = new Set([
  'minister',
  'president',
  'premier',
  'secretary',
  'ambassador',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'governor',
  'mayor',
  'senator',
  'general',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'envoy',
  'chief',
  'commander',
  'chancellor',
  'leader',
  'ruler',
  'dictator',
  'diplomat',
  'counterpart',
  'deputy',
  'king',
  'queen',
  'prince',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/** Last words of organisation names. */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'airlines',
  'airline',
  'airways',
  'agency',
  'ministry',
  'council',
  'committee',
  'commission',
  'railways',
  'railway',
  'post',
  'bank',
  'corporation',
  'company',
  'group',
  'office',
  'service',
  'institute',
  'university',
  'party',
  'army',
  'navy',
  'forces',
  'media',
  'news',
  'times',
  'embassy',
  'administration',
  'authority',
  'department',
  'union',
  'association',
  'organisation',
  'organization',
  'fund',
  'foundation',
  'assembly',
  'parliament',
  'duma',
  'court',
  'press',
  'holding',
  'center',
  'centre',
  'bureau',
  'directorate',
  'cabinet',
  'government',
]);

/** Last words of place names. */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'airport',
  'station',
  'palace',
  'square',
  'region',
  'oblast',
  'province',
  'krai',
  'island',
  'islands',
  'sea',
  'river',
  'bay',
  'strait',
  'peninsula',
  'mountains',
  'zone',
  'resort',
  'street',
  'avenue',
  'bridge',
  'port',
  'harbour',
  'harbor',
  'district',
  'prefecture',
  'territory',
  'lake',
  'valley',
  'park',
  'stadium',
  'cosmodrome',
  'federation',
  'republic',
  'kingdom',
]);

/** Lower-case words that introduce an organisation's name: "airlines Aeroflot", "media Interfax". */
const ORGANISATION_CLASSIFIERS: ReadonlySet<string> = new Set([
  'airline',
  'airlines',
  'carrier',
  'carriers',
  'agency',
  'daily',
  'newspaper',
  'outlet',
  'media',
  'broadcaster',
  'company',
  'firm',
  'operator',
  'tank',
]);

/** Lower-case place words after a name: "the Kursk region" names the place "Kursk". */
const TRAILING_PLACE_WORDS: ReadonlySet<string> = new Set([
  'region',
  'oblast',
  'province',
  'krai',
  'district',
]);

/** A word: letters/digits with hyphenated parts ("Jong-ho", "COVID-19") or a dotted acronym ("U.S."). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** After an organisation word: "of/for" and more capitalised words, lists included. */
const CAP = String.raw`\p{Lu}[\p{L}\p{M}\p{N}-]*`;
const CONTINUATION = new RegExp(
  String.raw` (?:of|for) (?:the )?${CAP}(?:(?:,? (?:and|in|of|on|for|&) (?:the )?|, | )${CAP})*`,
  'uy',
);
/** Leading words of a capitalised run that are not part of the name. */
const LEADING_NOISE: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'for',
  'by',
  'and',
  'but',
  'as',
]);
/** Term tags that mean "not a name" for a single word. */
const NOT_A_NAME_TAGS: readonly string[] = ['Date', 'Month', 'WeekDay', 'Demonym', 'Pronoun', 'Determiner'];
const NAME_TAGS: readonly string[] = ['ProperNoun', 'Person', 'Place', 'Organization'];

export interface CandidateContext {
  /** Credits, bylines, datelines and sign-offs (zones.ts): no generic candidate comes from them. */
  readonly zones?: readonly Zone[];
  /** Whether a nameKey is already a known entity's name or alias: such a name is never proposed. */
  readonly knows?: (key: string) => boolean;
}

/** Proposes the unlinked names in `text`, one per key, in text order. */
export function proposeCandidates(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  context: CandidateContext = {},
): Candidate[] {
  const zones = context.zones ?? [];
  const knows = context.knows ?? (() => false);
  const spans = chooseLongest([...ruleSpans(text), ...compromiseSpans(text)]).filter(
    (span) => !zones.some((zone) => zone.start < span.end && span.start < zone.end),
  );
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
  const fullNames = [...mentions.map((mention) => nameKey(mention.surface))];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    if (overlapsMention(span, mentions)) continue;
    const name = text.slice(span.start, span.end);
    const key = nameKey(name);
    if (key === '' || seen.has(key) || knows(key)) continue;
    const single = !key.includes(' ');
    if (single && !isNameWord(name, text, span.start, sentenceStarts)) continue;
    if (span.kind === 'Place' && isRoute(name)) continue;
    // "Kozlov" after "Alexander Kozlov": part of a longer name the article already gave.
    if (span.kind === 'Person' && single && fullNames.some((full) => ` ${full} `.includes(` ${key} `)))
      continue;
    const sentenceIndex = sentenceIndexAt(sentences, span.start);
    if (sentenceIndex < 0) continue;
    seen.add(key);
    if (!single) fullNames.push(key);
    candidates.push({ name, key, kindGuess: span.kind, start: span.start, end: span.end, sentenceIndex });
  }
  // Surnames seen before their full name ("Kim ... Kim Jong Un") are dropped in a second look.
  return candidates.filter(
    (candidate) =>
      candidate.kindGuess !== 'Person' ||
      candidate.key.includes(' ') ||
      !fullNames.some((full) => full !== candidate.key && ` ${full} `.includes(` ${candidate.key} `)),
  );
}

/**
 * Whether a span collides with a linked mention. A longer organisation or place name found by the
 * rules may contain a known one ("Pyongyang International Airport" around "Pyongyang"): the
 * airport is still unknown, so that containment does not count.
 */
function overlapsMention(span: Span, mentions: readonly Mention[]): boolean {
  return mentions.some((mention) => {
    if (mention.end <= span.start || span.end <= mention.start) return false;
    const inside =
      span.start <= mention.start &&
      mention.end <= span.end &&
      span.end - span.start > mention.end - mention.start;
    return !(inside && span.fromRule && span.kind !== 'Person');
  });
}

/**
 * Whether a single word is a name and not a common word that happens to be capitalised. At the
 * start of a sentence it must be known as a name or be capitalised mid-sentence elsewhere.
 */
function isNameWord(word: string, text: string, start: number, sentenceStarts: ReadonlySet<number>): boolean {
  if (word.length < 2 || isCommonWord(word)) return false;
  const tags = tagsOf(word.toLowerCase());
  if (NOT_A_NAME_TAGS.some((tag) => tags.includes(tag))) return false;
  if (!sentenceStarts.has(start) && !isQuoteStart(text, start)) return true;
  if (NAME_TAGS.some((tag) => tags.includes(tag))) return true;
  for (const match of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(word)}(?![\p{L}\p{N}])`, 'gu'),
  )) {
    if (match.index !== start && !sentenceStarts.has(match.index)) return true;
  }
  return false;
}

/** "Moscow-Pyongyang" names a route between two known places, not a place. */
function isRoute(name: string): boolean {
  const parts = name.split(/[-‐‑–]/);
  return (
    parts.length > 1 &&
    parts.every((part) => CAPITALISED.test(part) && tagsOf(part.toLowerCase()).includes('Place'))
  );
}

function isQuoteStart(text: string, start: number): boolean {
  return /[“"‘']/.test(text[start - 1] ?? '');
}

/** Rule-based spans from runs of capitalised words. */
function ruleSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of capitalisedRuns(text)) {
    const previous = run.before?.toLowerCase();
    let segment: RegExpExecArray[] = [];
    let afterTitle = previous !== undefined && TITLES.has(previous);
    const [firstWord] = run.words;
    if (previous !== undefined && ORGANISATION_CLASSIFIERS.has(previous) && firstWord !== undefined) {
      const lastWord = run.words[Math.min(run.words.length, 3) - 1] ?? firstWord;
      spans.push({
        start: firstWord.index,
        end: lastWord.index + lastWord[0].length,
        kind: 'Organisation',
        fromRule: true,
      });
      continue;
    }
    const flush = (): void => {
      spans.push(...segmentSpans(text, segment, afterTitle));
      segment = [];
    };
    for (const word of run.words) {
      if (TITLES.has(word[0].toLowerCase())) {
        flush();
        afterTitle = true;
      } else {
        segment.push(word);
      }
    }
    flush();
  }
  return spans;
}

/** The candidate in one title-free segment of a capitalised run. */
function segmentSpans(text: string, words: readonly RegExpExecArray[], afterTitle: boolean): Span[] {
  let first = 0;
  while (first < words.length - 1 && LEADING_NOISE.has(words[first]?.[0].toLowerCase() ?? '')) first += 1;
  const name = words.slice(first);
  const start = name[0]?.index;
  const last = name[name.length - 1];
  if (start === undefined || last === undefined) return [];
  if (afterTitle) {
    return name.length <= 4
      ? [{ start, end: last.index + last[0].length, kind: 'Person', fromRule: true }]
      : [];
  }
  // Airlines are commonly "Air <Name>" ("Air Koryo", "Air China") with no organisation word.
  const second = name[1];
  if (name[0]?.[0] === 'Air' && second !== undefined && !PLACE_HEADS.has(second[0].toLowerCase())) {
    const airline = ORGANISATION_HEADS.has(second[0].toLowerCase()) ? null : second;
    if (airline !== null && name.every((word) => !ORGANISATION_HEADS.has(word[0].toLowerCase()))) {
      return [{ start, end: airline.index + airline[0].length, kind: 'Organisation', fromRule: true }];
    }
  }
  // The organisation or place ends at its last head word ("Russian Post", not "Russian Post Mikhail").
  for (let index = name.length - 1; index >= 0; index -= 1) {
    const head = name[index];
    if (head === undefined) continue;
    const lower = head[0].toLowerCase();
    const kind = ORGANISATION_HEADS.has(lower) ? 'Organisation' : PLACE_HEADS.has(lower) ? 'Place' : null;
    if (kind === null || index === 0) continue;
    const headEnd = head.index + head[0].length;
    // "Committee for Cooperation in Trade" continues an organisation's name; "Station for Moscow" is a
    // place followed by where something goes, not a longer name.
    if (kind === 'Place') return [{ start, end: headEnd, kind, fromRule: true }];
    CONTINUATION.lastIndex = headEnd;
    const end = CONTINUATION.exec(text) === null ? headEnd : CONTINUATION.lastIndex;
    return [{ start, end, kind, fromRule: true }];
  }
  const after = /^ (\p{Ll}+)/u.exec(text.slice(last.index + last[0].length));
  if (after?.[1] !== undefined && TRAILING_PLACE_WORDS.has(after[1])) {
    return [{ start, end: last.index + last[0].length, kind: 'Place', fromRule: true }];
  }
  return [];
}

interface Run {
  readonly words: RegExpExecArray[];
  /** The word just before the run, when only a space separates them. */
  readonly before: string | undefined;
}

/** Maximal runs of capitalised words separated by single spaces. */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let words: RegExpExecArray[] = [];
  let before: string | undefined;
  let previous: RegExpExecArray | undefined;
  const close = (): void => {
    if (words.length > 0) runs.push({ words, before });
    words = [];
  };
  for (const word of text.matchAll(WORD)) {
    const joined =
      previous !== undefined && text.slice(previous.index + previous[0].length, word.index) === ' ';
    if (!CAPITALISED.test(word[0])) {
      close();
    } else {
      if (!joined) close();
      if (words.length === 0) before = joined ? previous?.[0] : undefined;
      words.push(word);
    }
    previous = word;
  }
  close();
  return runs;
}

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

/** compromise's people, organisations and places, as clean spans. */
function compromiseSpans(text: string): Span[] {
  const doc = nlp(text);
  const groups: [CandidateKind, unknown][] = [
    ['Person', doc.people().json({ offset: true })],
    ['Organisation', doc.organizations().json({ offset: true })],
    ['Place', doc.places().json({ offset: true })],
  ];
  const spans: Span[] = [];
  for (const [kind, json] of groups) {
    for (const match of matchesSchema.parse(json)) {
      for (const terms of splitAtPunctuation(match.terms)) {
        const span = cleanTerms(text, terms, kind);
        if (span !== null) spans.push(span);
      }
    }
  }
  return spans;
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
function cleanTerms(text: string, terms: readonly Term[], kind: CandidateKind): Span | null {
  let first = 0;
  let last = terms.length - 1;
  const isEdgeNoise = (term: Term | undefined): boolean =>
    term !== undefined &&
    (!CAPITALISED.test(term.text) || TITLES.has(term.text.toLowerCase()) || term.tags.includes('Honorific'));
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
  if (kind === 'Organisation' && lead?.[1] !== undefined && TITLES.has(lead[1].toLowerCase())) return null;
  // A lone adjective of nationality ("Russian" from "Russian media") names nothing.
  if (first === last && head.tags.includes('Demonym')) return null;
  let end = tail.offset.start + tail.offset.length;
  const possessive = /['’]s$/u.exec(text.slice(head.offset.start, end));
  if (possessive) end -= possessive[0].length;
  if (kind === 'Person') end = extendName(text, end);
  // compromise calls many single surnames organisations ("the Biden administration").
  const lone = first === last ? tagsOf(head.text.toLowerCase()) : [];
  const guess =
    kind === 'Organisation' && lone.includes('Person') && !lone.includes('Organization') ? 'Person' : kind;
  return { start: head.offset.start, end, kind: guess, fromRule: false };
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

/** Overlapping spans: the longer one wins, then the rule, then the earlier one. */
function chooseLongest(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(b.fromRule) - Number(a.fromRule) || a.start - b.start,
  );
  const chosen: Span[] = [];
  for (const span of ordered) {
    if (chosen.every((other) => span.end <= other.start || other.end <= span.start)) chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const tagCache = new Map<string, readonly string[]>();

/** compromise's tags for a lone lower-case word (cached: the same words recur across articles). */
function tagsOf(word: string): readonly string[] {
  let tags = tagCache.get(word);
  if (tags === undefined) {
    const parsed = tagsSchema.safeParse(nlp(word).json());
    tags = parsed.success ? (parsed.data[0]?.terms[0]?.tags ?? []) : [];
    if (tagCache.size > 10_000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
