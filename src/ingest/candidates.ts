/**
 * Candidates (the candidates stage): names an article gives that the linker could not tie to a known
 * entity, proposed to an editor. Precision matters more than recall: a noisy list hides the names worth
 * adding.
 *
 * Sources (candidates/), merged by span, the longer and more certain winning: the gazetteer and the
 * dateline (agencies, media, known organisations and places), products and models, rules over
 * capitalised words, and compromise's people, organisations and places. Then filters drop what an editor
 * does not want (candidates/filter.ts), variants are grouped (candidates/group.ts), and a name that is a
 * variant of a known entity becomes an "alias of" proposal (link/suggest.ts).
 */
import type { EntityKind } from '../graph/relation-types.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { createCountryFinder, type CountryFinder } from './link/countries.js';
import type { Mention, Suggestion } from './linker.js';
import { nameKey } from './names.js';
import { sentenceIndexAt, type Sentence } from './sentences.js';
import { notContent, type Zones } from './zones.js';
import {
  isDemonym,
  isFragment,
  isHeadlineOnly,
  isNameWord,
  isPartOfRole,
  isRoute,
} from './candidates/filter.js';
import { chooseLongest, type CandidateCategory, type Found } from './candidates/found.js';
import { groupSightings, type Sighting } from './candidates/group.js';
import { gazetteerSpans, zoneSpans } from './candidates/known-forms.js';
import { compromiseSpans } from './candidates/nlp.js';
import { productSpans } from './candidates/products.js';
import { ruleSpans } from './candidates/runs.js';

export type { CandidateCategory } from './candidates/found.js';

/** Another spelling of the candidate in the same article. */
export interface CandidateVariant {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

export interface Candidate {
  /** The name as the article spells it: text.slice(start, end); the most complete of its variants. */
  readonly name: string;
  /** nameKey(name); candidates are unique by key within an article. */
  readonly key: string;
  /** What it is, finer than an entity kind (a news agency, a product...). */
  readonly category: CandidateCategory;
  /** The entity kind it would become; null for a product, which no entity kind holds. */
  readonly kindGuess: EntityKind | null;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  /** Other spellings of the same name in the article ("KCNA" for "Korean Central News Agency"). */
  readonly variants: readonly CandidateVariant[];
  /** A known entity the name is a variant of: propose it as an alias of that entity. */
  readonly aliasOf: { readonly entityId: string; readonly reason: string } | null;
}

export interface CandidateContext {
  /** Credits, bylines, datelines and sign-offs (zones.ts). */
  readonly zones?: Zones;
  /** Whether a nameKey is already a known entity's name or alias: such a name is never proposed. */
  readonly knows?: (key: string) => boolean;
  /** Whether a name is a variant of a known entity, or loosely several's (Linker.suggest). */
  readonly suggest?: (name: string, kinds: readonly EntityKind[]) => Suggestion | null;
  /** The headline's span in the text, when the text opens with one. */
  readonly headline?: { readonly start: number; readonly end: number } | null;
  readonly gazetteer?: Gazetteer;
}

const KINDS: Record<CandidateCategory, readonly EntityKind[]> = {
  person: ['Person'],
  organisation: ['Organisation'],
  news_agency: ['Organisation'],
  media: ['Organisation'],
  place: ['Place'],
  event: ['Event', 'Organisation'],
  product: [],
};

export function kindOf(category: CandidateCategory): EntityKind | null {
  return KINDS[category][0] ?? null;
}

let countryFinder: { gazetteer: Gazetteer; finder: CountryFinder } | undefined;
function countriesOf(gazetteer: Gazetteer): CountryFinder {
  if (countryFinder?.gazetteer !== gazetteer)
    countryFinder = { gazetteer, finder: createCountryFinder(gazetteer) };
  return countryFinder.finder;
}

/** Proposes the unlinked names in `text`, one per group of variants, in text order. */
export function proposeCandidates(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  context: CandidateContext = {},
): Candidate[] {
  const gazetteer = context.gazetteer ?? loadGazetteer();
  const zones = context.zones ?? { zones: [], agencies: [], datelinePlaces: [] };
  const knows = context.knows ?? (() => false);
  const suggest = context.suggest ?? (() => null);
  const fromZones = zoneSpans(zones);
  const silent = notContent(zones.zones);
  // Datelines and sign-offs give only their agency and place.
  const framing = zones.zones.filter((zone) => zone.kind === 'dateline' || zone.kind === 'signoff');
  const spans = chooseLongest([
    ...fromZones,
    ...[
      ...gazetteerSpans(text, gazetteer),
      ...productSpans(text),
      ...ruleSpans(text, gazetteer),
      ...compromiseSpans(text),
    ].filter((span) => !framing.some((zone) => zone.start < span.end && span.start < zone.end)),
  ]).filter((span) => !silent.some((zone) => zone.start < span.end && span.start < zone.end));

  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
  const sightings: Sighting[] = [];
  const aliasOf = new Map<string, { entityId: string; reason: string }>();
  for (const span of spans) {
    const name = text.slice(span.start, span.end);
    const key = nameKey(name);
    const sentenceIndex = sentenceIndexAt(sentences, span.start);
    const certain = span.source === 'gazetteer' || fromZones.includes(span) || span.source === 'product';
    if (key === '' || sentenceIndex < 0 || knows(key)) continue;
    if (mentions.some((m) => m.start < span.end && span.start < m.end)) continue;
    if (!certain && isUnwanted(text, span, name, key, sentenceStarts, gazetteer, context.headline ?? null))
      continue;
    if (!fromZones.includes(span) && span.source !== 'product' && isFragment(text, span)) continue;
    const suggestion = suggest(name, KINDS[span.category]);
    if (suggestion?.kind === 'ambiguous') continue;
    if (suggestion?.kind === 'alias')
      aliasOf.set(key, { entityId: suggestion.entityId, reason: suggestion.reason });
    sightings.push({
      name,
      key,
      category: span.category,
      start: span.start,
      end: span.end,
      sentenceIndex,
      certain,
    });
  }

  const candidates = groupSightings(
    withoutBareSurnames(sightings, mentions),
    gazetteer,
    countriesOf(gazetteer),
  ).flatMap((group): Candidate[] => {
    const [named] = group;
    if (named === undefined) return [];
    const category = group.find((s) => s.certain)?.category ?? named.category;
    const seen = new Set([named.key]);
    const variants = group.filter((s) => !seen.has(s.key) && seen.add(s.key));
    return [
      {
        name: named.name,
        key: named.key,
        category,
        kindGuess: kindOf(category),
        start: named.start,
        end: named.end,
        sentenceIndex: named.sentenceIndex,
        variants: variants.map((v) => ({
          name: v.name,
          start: v.start,
          end: v.end,
          sentenceIndex: v.sentenceIndex,
        })),
        aliasOf: group.map((s) => aliasOf.get(s.key)).find((a) => a !== undefined) ?? null,
      },
    ];
  });
  return candidates.sort((a, b) => a.start - b.start);
}

/** The filters of candidates/filter.ts, for names the gazetteer, a dateline or a product rule did not vouch for. */
function isUnwanted(
  text: string,
  span: Found,
  name: string,
  key: string,
  sentenceStarts: ReadonlySet<number>,
  gazetteer: Gazetteer,
  headline: { readonly start: number; readonly end: number } | null,
): boolean {
  if (!key.includes(' ') && !isNameWord(name, text, span.start, sentenceStarts)) return true;
  if (span.category === 'place' && isRoute(name)) return true;
  return isDemonym(name, gazetteer) || isPartOfRole(text, span) || isHeadlineOnly(text, span, headline);
}

/**
 * "Kozlov" after "Alexander Kozlov", "Kim" before "Kim Jong Un": a one-word person name that is part of a
 * fuller name the article gives (as a mention or another candidate) is no name of its own.
 */
function withoutBareSurnames(sightings: readonly Sighting[], mentions: readonly Mention[]): Sighting[] {
  const fullNames = [
    ...mentions.map((m) => nameKey(m.surface)),
    ...sightings.filter((s) => s.key.includes(' ')).map((s) => s.key),
  ].map((key) => ` ${key} `);
  return sightings.filter(
    (s) =>
      s.category !== 'person' ||
      s.key.includes(' ') ||
      !fullNames.some((full) => full !== ` ${s.key} ` && full.includes(` ${s.key} `)),
  );
}
