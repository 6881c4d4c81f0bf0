/**
 * Regular-expression parts over a frame's skeleton (see frame.ts), shared by the rule families, and the one
 * function that runs a rule. A slot is `⟨K7⟩`; rules name the slots they capture.
 */
import { alternation, EMPLOYEE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
import type { Frame, Slot } from './frame.js';

/** A slot of one of the kinds in `codes` (e.g. 'PO'), captured as `name`. */
export const slot = (codes: string, name: string): string => `(?<${name}>⟨[${codes}]\\d+⟩)`;
/** Any slot, not captured. */
export const ANY_SLOT = '⟨[POLRAEJ]\\d+⟩';
/** A possessive after a slot: "Russia's", "Reuters'". */
export const POSS = "(?:'s|')";
/** Up to n plain words (no slot, no punctuation), each followed by a space. */
export const words = (n: number): string => `(?:[\\p{L}\\p{N}-]+ ){0,${String(n)}}?`;

/** Both cases of each entry's first letter: titles are capitalised before a name, lower-case after it. */
function anyCase(list: readonly string[]): string {
  return alternation(list)
    .split('|')
    .map((w) => {
      const first = w[0] ?? '';
      const upper = first.toUpperCase();
      // Acronyms ("CEO") are listed as written.
      return upper === first || !/\p{L}/u.test(first) ? w : `[${upper}${first}]${w.slice(1)}`;
    })
    .join('|');
}

const HEAD = `(?:${anyCase(TITLE_HEADS)})`;
const MODIFIER = `(?:${anyCase(TITLE_MODIFIERS)}|\\p{Lu}\\p{Ll}+)`;
/** "Foreign Minister", "deputy transport minister", "Security Council Secretary". */
export const TITLE = `(?:(?:${MODIFIER})[ -]){0,3}${HEAD}(?![\\p{L}-])`;
/** A title with what it is of or to: "Minister of Natural Resources", "Ambassador to ⟨L3⟩". */
export const TITLE_OF = `${TITLE}(?: (?:of|for|to) (?:the )?(?:${ANY_SLOT}|\\p{Lu}[\\p{L}-]*)(?:(?:,? and|,)? (?:${ANY_SLOT}|\\p{Lu}[\\p{L}-]*)){0,5})?`;
/** "employee", "staff member", "pilot": working for an organisation. */
export const EMPLOYEE = `(?:${anyCase(EMPLOYEE_NOUNS)})s?`;
/** What may stand before a name it qualifies: "his", "Russia's Foreign Minister", "North Korean leader". */
export const NAME_PREFIX = `(?:(?:the|his|her|their|its) )?(?:${ANY_SLOT}${POSS}? )?(?:${TITLE} )?`;
/** An appositive between commas after a name: ", Russia's Minister of Natural Resources,". */
export const APPOSITIVE = '(?:, [^,;:"()]{1,120}?,)?';
/** Adverbs that may stand between a subject and its verb. */
export const ADVERB =
  '(?: (?:also|later|then|first|reportedly|recently|again|briefly|finally|previously|officially|formally|personally|subsequently|earlier|yesterday|today))?';

/**
 * The subject of the sentence's main clause: the first person or organisation, after at most an opening
 * adverbial ("On Monday, "), a determiner, and a title with its country or organisation ("North Korean leader").
 */
const SUBJECT = new RegExp(
  `^(?:[^⟨,"]{1,40}, )?(?:[Tt]he )?(?:${ANY_SLOT}${POSS}? )?(?:${TITLE} )?${slot('PO', 's')}`,
  'u',
);

export function sentenceSubject(frame: Frame): Slot | undefined {
  const m = SUBJECT.exec(frame.skeleton);
  return frame.slot(m?.groups?.s);
}

export interface RuleMatch {
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** Skeleton range of each named group that matched. */
  readonly spans: Readonly<Record<string, readonly [number, number] | undefined>>;
  readonly index: number;
  readonly length: number;
}

/**
 * Words a rule cannot match without (its verb, its preposition, a slot of some kind), tested before the rule's
 * own expression: most sentences have none of them, and the test is far cheaper than the expression.
 */
const triggers = new WeakMap<RegExp, RegExp>();

/** Every match of a rule's expression (compiled once by `rule`) in the skeleton. */
export function matches(frame: Frame, pattern: RegExp): RuleMatch[] {
  const found: RuleMatch[] = [];
  if (triggers.get(pattern)?.test(frame.skeleton) === false) return found;
  for (const m of frame.skeleton.matchAll(pattern)) {
    found.push({
      groups: m.groups ?? {},
      spans: m.indices?.groups ?? {},
      index: m.index,
      length: m[0].length,
    });
  }
  return found;
}

/** Compiles a rule's expression from its parts, with the words it cannot match without. */
export function rule(source: string, trigger?: RegExp): RegExp {
  const pattern = new RegExp(source, 'dgu');
  if (trigger) triggers.set(pattern, trigger);
  return pattern;
}
