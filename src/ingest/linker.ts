/**
 * Entity linking (the link stage): finds every known name in an article and ties it to one entity, or
 * to none when the name is ambiguous or too weak to trust.
 *
 * Beyond the entities' own names, a name is found by the forms the gazetteer lists for it ("Russian
 * Federation", "RZD"), by a person's family name after the full name, by an organisation's short form
 * ("Nordwind") or its name with designators added, dropped or reordered ("Sheremetyevo International
 * Airport", "Ministry of Foreign Affairs of the DPRK"), by another romanisation of a Korean name ("Choe
 * Seon-hui"), by initials ("S.K. Shoigu"), with a patronymic, or misspelt by one letter in a long word
 * ("Vladivostock"). Such a mention says what it learnt (`Mention.learnt`). A known name inside a longer
 * unknown one is not linked ("Moscow" in "Moscow Times"). Internals in link/: index, scan, resolve.
 *
 * Building the index reads the entity list once; linking then does hash lookups over a bounded window at
 * each token, so its cost grows with the text, never with the number of entities.
 */
import type { EntityKind } from '../graph/relation-types.js';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { buildIndex, type LinkableEntity } from './link/index.js';
import { insideLongerName, namesakesOf, resolve, selectLongest, type Mention } from './link/resolve.js';
import { findSpans } from './link/scan.js';
import { suggestFor, type Suggestion } from './link/suggest.js';
import { tokenize } from './names.js';
import type { Sentence } from './sentences.js';

export type { LinkableEntity, MatchMethod } from './link/index.js';
export type { Mention } from './link/resolve.js';
export type { Suggestion } from './link/suggest.js';

export interface LinkOptions {
  /** Spans of the text that name nothing the article says (picture credits, bylines): never linked. */
  readonly skip?: readonly { readonly start: number; readonly end: number }[];
}

export interface Linker {
  /** Mentions in text order; `sentences` must come from splitSentences(text). */
  link(text: string, sentences: readonly Sentence[], options?: LinkOptions): Mention[];
  /** Distinct exact alias keys in the index. */
  readonly aliasCount: number;
  /**
   * Whether a nameKey is a known entity's name, alias or standard form, linkable alone or not ("Oleg",
   * "Post"): such a name is linked or left alone, never proposed as a new candidate.
   */
  knows(key: string): boolean;
  /**
   * Whether an unknown name of one of these kinds is a variant of one known entity (an alias to propose)
   * or loosely the name of several (no new name): see link/suggest.ts.
   */
  suggest(name: string, kinds: readonly EntityKind[]): Suggestion | null;
}

/** Builds the index once; linking then never looks at the entity list again. */
export function createLinker(
  entities: readonly LinkableEntity[],
  gazetteer: Gazetteer = loadGazetteer(),
): Linker {
  const index = buildIndex(entities, gazetteer);
  return {
    aliasCount: index.exact.size,
    knows: (key) => index.known.has(key),
    suggest: (name, kinds) => suggestFor(name, kinds, index),
    link(text, sentences, options) {
      const skip = options?.skip ?? [];
      const tokens = tokenize(text);
      const chosen = selectLongest(
        findSpans(text, tokens, index).filter(
          (span) =>
            !skip.some((zone) => zone.start < span.end && span.start < zone.end) &&
            // "US$2.2 billion", "HK$": a currency, not the country.
            text[span.end] !== '$',
        ),
      );
      const covered = new Set(chosen.flatMap((span) => range(span.first, span.tokenCount)));
      const inside = chosen.filter((span) => insideLongerName(span, text, tokens, index, covered));
      // "Vladimir Kozlov" beside a known Alexander Kozlov: a lone "Kozlov" could be either.
      const namesakes = namesakesOf(inside, text, tokens, index);
      const spans = chosen.filter((span) => !inside.includes(span));
      return resolve(spans, text, sentences, index, namesakes);
    },
  };
}

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => first + offset);
}
