/**
 * Candidate names from runs of capitalised words, by what the words say: a last word that names a kind
 * ("Pyongyang Central Station", "Korea Herald", "Baikal Wings Airlines") or a first one followed by
 * "of/for …" ("Ministry of Transport", "Committee for Cooperation in Trade, …"); a title before a person
 * ("Premier Pak Thae-song", "CEO Mikhail Volkov"); a Korean family name before a given name ("Ri
 * Il-hwan"); a word before a place word or an office ("the Kursk region", "Primorye governor"); an
 * unknown word after a preposition of place ("via Khasan").
 */
import { isCommonWord } from '../common-words.js';
import { isEnglishWord } from '../english.js';
import type { Gazetteer } from '../gazetteer.js';
import { isNameHead, MEDIA_HEADS, ORGANISATION_HEADS, PLACE_HEADS, TITLES } from '../name-words.js';
import { foldToken } from '../names.js';
import type { CandidateCategory, Found } from './found.js';
import { tagsOf } from './nlp.js';

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

/** Lower-case words after a name that say it is an organisation ("the Vostok Intur agency"). */
const ORGANISATION_WORDS_AFTER: ReadonlySet<string> = new Set([
  'agency',
  'company',
  'airline',
  'carrier',
  'firm',
  'operator',
  'newspaper',
  'daily',
  'broadcaster',
  'portal',
  'website',
]);
const GOVERNMENT_WORDS_AFTER: ReadonlySet<string> = new Set(['administration', 'government', 'cabinet']);
const MEDIA_WORDS_AFTER: ReadonlySet<string> = new Set([
  'newspaper',
  'daily',
  'broadcaster',
  'portal',
  'website',
]);
/** Lower-case place words after a name: "the Kursk region" names the place "Kursk". */
const TRAILING_PLACE_WORDS: ReadonlySet<string> = new Set([
  'region',
  'oblast',
  'province',
  'krai',
  'district',
]);
/** Lower-case offices after a place's name: "Primorye governor", "Khabarovsk mayor". */
const PLACE_OFFICES: ReadonlySet<string> = new Set([
  'governor',
  'mayor',
  'authorities',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
/** Prepositions of place: the unknown word after them is a place ("via Khasan", "from Tumangang"). */
const LOCATIVES: ReadonlySet<string> = new Set([
  'in',
  'to',
  'from',
  'via',
  'near',
  'into',
  'toward',
  'towards',
]);
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
/** Head words that are also the media's: a newspaper or broadcaster, not any organisation. */
const MEDIA_ONLY = new Set(
  [...MEDIA_HEADS].filter((word) => !ORGANISATION_HEADS.has(word) || word === 'news'),
);

/** A word: letters/digits with hyphenated parts ("Jong-ho"), a plural possessive ("Workers'"), or "U.S.". */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s))?/gu;
const CAPITALISED = /^\p{Lu}/u;
/**
 * After an organisation word: "of/for/on" and capitalised words, with lists ending in "and"
 * ("for Cooperation in Trade, Economy, Science, and Technology"), but not "… and the Russian Ministry".
 */
const CAP = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;
const PHRASE = String.raw`${CAP}(?: ${CAP})*`;
const LIST = String.raw`${PHRASE}(?:(?:, ${PHRASE})*,? (?:and|&) ${PHRASE})?`;
const CONTINUATION = new RegExp(
  String.raw` (?:of|for|on) (?:the )?${LIST}(?: (?:in|of|on|for) (?:the )?${LIST})*`,
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

type Word = RegExpExecArray;

interface Run {
  readonly words: Word[];
  /** The word just before the run, when only a space separates them. */
  readonly before: string | undefined;
  /** The word just after the run, when only a space separates them. */
  readonly after: string | undefined;
}

const endOf = (word: Word): number => word.index + word[0].length;
const lower = (word: Word | undefined): string => word?.[0].toLowerCase() ?? '';

/** Rule-based spans from runs of capitalised words. */
export function ruleSpans(text: string, gazetteer: Gazetteer): Found[] {
  const spans: Found[] = [];
  for (const run of capitalisedRuns(text)) {
    const [firstWord] = run.words;
    if (firstWord === undefined) continue;
    const previous = run.before?.toLowerCase();
    // "the carrier Azur Air", but not "the agency Yevgeniy Balanin" (a person after the word).
    if (previous !== undefined && ORGANISATION_CLASSIFIERS.has(previous) && !looksLikePerson(run.words)) {
      const lastWord = run.words[Math.min(run.words.length, 3) - 1] ?? firstWord;
      spans.push({ start: firstWord.index, end: endOf(lastWord), category: 'organisation', source: 'rule' });
      continue;
    }
    let segment: Word[] = [];
    let afterTitle = previous !== undefined && TITLES.has(previous);
    const flush = (isLast: boolean): void => {
      spans.push(...segmentSpans(text, segment, afterTitle, isLast ? run.after : undefined, gazetteer));
      segment = [];
    };
    for (const word of run.words) {
      if (TITLES.has(lower(word))) {
        flush(false);
        afterTitle = true;
      } else {
        segment.push(word);
      }
    }
    flush(true);
    spans.push(...locativeSpans(text, run));
  }
  return spans;
}

/** The candidate in one title-free segment of a capitalised run. */
function segmentSpans(
  text: string,
  words: readonly Word[],
  afterTitle: boolean,
  after: string | undefined,
  gazetteer: Gazetteer,
): Found[] {
  let first = 0;
  while (first < words.length - 1 && LEADING_NOISE.has(lower(words[first]))) first += 1;
  const name = words.slice(first);
  const head = name[0];
  const last = name[name.length - 1];
  if (head === undefined || last === undefined) return [];
  const span = (end: number, category: CandidateCategory): Found[] => [
    { start: head.index, end, category, source: 'rule' },
  ];
  if (afterTitle) return name.length <= 4 ? span(endOf(last), 'person') : [];
  if (gazetteer.koreanSurname.has(foldToken(head[0])) && name.length >= 2 && name.length <= 3) {
    const given = name.slice(1).map((w) => w[0]);
    if (
      given.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(w) && !isCommonWord(w) && !isNameHead(w))
    )
      return span(endOf(last), 'person');
  }
  // Airlines are commonly "Air <Name>" ("Air Koryo", "Air China") with no organisation word.
  const second = name[1];
  if (head[0] === 'Air' && second !== undefined && !PLACE_HEADS.has(lower(second))) {
    if (!ORGANISATION_HEADS.has(lower(second)) && name.every((word) => !ORGANISATION_HEADS.has(lower(word))))
      return span(endOf(second), 'organisation');
  }
  // The organisation or place ends at its last head word ("Russian Post", not "Russian Post Mikhail").
  for (let index = name.length - 1; index >= 0; index -= 1) {
    const word = name[index];
    const category = word === undefined ? null : headCategory(lower(word));
    if (word === undefined || category === null) continue;
    CONTINUATION.lastIndex = endOf(word);
    const match = CONTINUATION.exec(text);
    // "Forum on Russky Island": where it is, not what it is called.
    const continued =
      match === null || PLACE_HEADS.has(/\p{L}+$/u.exec(match[0])?.[0].toLowerCase() ?? '')
        ? null
        : CONTINUATION.lastIndex;
    // "Ministry of Transport": a head first, then what it is of.
    if (index === 0) return continued === null ? [] : span(continued, category);
    // "Committee for Cooperation in Trade" continues an organisation's name; "Station for Moscow" is a
    // place followed by where something goes, not a longer name.
    if (category === 'place' || continued === null) return span(endOf(word), category);
    return span(continued, category);
  }
  if (
    after !== undefined &&
    (TRAILING_PLACE_WORDS.has(after) || PLACE_HEADS.has(after) || PLACE_OFFICES.has(after)) &&
    name.length <= 2
  )
    return span(endOf(last), 'place');
  // "the Biden administration", "the Kishida government": the name and the word are the organisation.
  if (after !== undefined && GOVERNMENT_WORDS_AFTER.has(after) && name.length <= 2) {
    const word = new RegExp(String.raw`^ ${after}\b`, 'u').exec(text.slice(endOf(last)));
    if (word) return span(endOf(last) + word[0].length, 'organisation');
  }
  // "the Vostok Intur agency", "the Kommersant newspaper": a kind of organisation after the name.
  if (
    after !== undefined &&
    ORGANISATION_WORDS_AFTER.has(after) &&
    name.length <= 3 &&
    !looksLikePerson(name)
  )
    return span(endOf(last), MEDIA_WORDS_AFTER.has(after) ? 'media' : 'organisation');
  // "Yevgeniy Balanin": a person by the shape of the name, when nothing else said what it is.
  if (name.length >= 2 && name.length <= 3 && looksLikePerson(name) && name.every((w) => !isCommonWord(w[0])))
    return span(endOf(last), 'person');
  // "Secretary of State Antony Blinken": a first name starts a person's name inside a longer run.
  const given = name.findIndex((word, at) => at > 0 && isFirstName(word[0]));
  const person = name.slice(given, given + 3);
  if (
    given > 0 &&
    person.length >= 2 &&
    person.every((word) => !isNameHead(word[0]) && !isCommonWord(word[0]))
  )
    return [
      {
        start: person[0]?.index ?? 0,
        end: endOf(person[person.length - 1] ?? last),
        category: 'person',
        source: 'rule',
      },
    ];
  // "China Southern", "Korea Exchange": a country's name and a word of its own name a company.
  const [country, own] = name;
  if (
    name.length === 2 &&
    country &&
    own &&
    gazetteer.countryByKey.has(foldToken(country[0])) &&
    isOwnWord(own[0])
  )
    return span(endOf(own), 'organisation');
  return [];
}

function isFirstName(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('FirstName');
}

/** A capitalised common noun that names are built from ("Prosecutor", "People", "Workers"). */
function isNounInName(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]$/u, '');
  return CAPITALISED.test(word) && (isEnglishWord(lower) || isNameHead(lower) || TITLES.has(lower));
}

/** Russian and Ukrainian family names end so: "Balanin", "Kozlova", "Sokolovskaya", "Shevchenko". */
const SLAVIC_SURNAME = /\p{Ll}(?:ov|ev|yov|in|yn|sky|skiy|ski|ova|eva|ina|yna|skaya|enko|uk|yuk|ich|vich)$/u;

/** Words that read as a person's name: a known first name first, or a Slavic family name last. */
function looksLikePerson(words: readonly Word[]): boolean {
  const [first] = words;
  const last = words[words.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    (isFirstName(first[0]) || (words.length >= 2 && words.length <= 3 && SLAVIC_SURNAME.test(last[0])))
  );
}

/** A capitalised word that is none of a title, a common word or a country's name. */
function isOwnWord(word: string): boolean {
  return !TITLES.has(word.toLowerCase()) && !isCommonWord(word) && !/\d/u.test(word) && word.length > 2;
}

function headCategory(word: string): CandidateCategory | null {
  if (MEDIA_ONLY.has(word)) return 'media';
  if (ORGANISATION_HEADS.has(word)) return word === 'forum' ? 'event' : 'organisation';
  if (PLACE_HEADS.has(word)) return 'place';
  return null;
}

/**
 * "via Khasan and Tumangang": unknown single words after a preposition of place are places; so is one
 * before a date in a caption or headline ("…, Wonsan, July 12, 2025").
 */
function locativeSpans(text: string, run: Run): Found[] {
  const [only, ...more] = run.words;
  if (only === undefined || more.length > 0) return [];
  // Set off by commas before a date: "talks with DPRK officials, Wonsan, July 12" (not "talks with Putin, April 23").
  const beforeDate =
    /, $/u.test(text.slice(Math.max(0, only.index - 2), only.index)) &&
    new RegExp(String.raw`^, ${MONTH} \d{1,2}\b`, 'u').test(text.slice(endOf(only))) &&
    !tagsOf(only[0].toLowerCase()).includes('Person');
  if (!LOCATIVES.has(run.before ?? '') && !beforeDate) return [];
  const word = only[0];
  if (isCommonWord(word) || isEnglishWord(word.toLowerCase()) || word.length < 3) return [];
  // "from Khasan and Tumangang": the place after "and" in the same list is one too.
  const found: Found[] = [{ start: only.index, end: endOf(only), category: 'place', source: 'rule' }];
  const next = /^ (?:and|or) (\p{Lu}\p{Ll}{2,})\b/u.exec(text.slice(endOf(only)));
  const listed = next?.[1];
  if (listed !== undefined && !isCommonWord(listed) && !isEnglishWord(listed.toLowerCase())) {
    const start = endOf(only) + (next?.[0].indexOf(listed) ?? 0);
    found.push({ start, end: start + listed.length, category: 'place', source: 'rule' });
  }
  return found;
}

/** Maximal runs of capitalised words separated by single spaces (or a plural possessive's "' "). */
export function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = [];
  let words: Word[] = [];
  let before: string | undefined;
  let previous: Word | undefined;
  const close = (after: string | undefined): void => {
    if (words.length > 0) runs.push({ words, before, after });
    words = [];
  };
  for (const word of text.matchAll(WORD)) {
    // "Prosecutor's Office", "People's Army": the possessive "s" of a common noun inside a name is no word.
    if (word[0] === 's' && /['’]/u.test(text[word.index - 1] ?? '') && previous && isNounInName(previous[0]))
      continue;
    const gap = previous === undefined ? '' : text.slice(endOf(previous), word.index);
    const joined =
      previous !== undefined && (gap === ' ' || (/^['’]s $/u.test(gap) && isNounInName(previous[0])));
    if (!CAPITALISED.test(word[0])) {
      close(joined ? word[0] : undefined);
    } else {
      if (!joined) close(undefined);
      if (words.length === 0) before = joined ? previous?.[0].toLowerCase() : undefined;
      words.push(word);
    }
    previous = word;
  }
  close(undefined);
  return runs;
}
