/**
 * Offices and affiliations. News names a person's office in four shapes, each a rule:
 * - title before the name, with whose office it is: "Russian Security Council Secretary Sergei Shoigu",
 *   "U.S. Defense Secretary Lloyd Austin", "North Korean leader Kim Jong Un";
 * - an appositive after the name: "Alexander Kozlov, Russia's Minister of Natural Resources,";
 * - an appositive before it: "Russia's Ambassador to North Korea, Alexander Matsegora";
 * - a function of an organisation: "Oleg Panteleyev, head of the AviaPort think tank", "X, an employee of Y",
 *   and plain "X of Y" (an affiliation, less certain).
 */
import { relationFrom, groupText } from './build.js';
import type { Frame } from './frame.js';
import { EMPLOYEE, POSS, TITLE, TITLE_OF, matches, rule, slot, words } from './patterns.js';
import type { RelationProposal } from './types.js';

const END_OF_PHRASE = `(?=[,.;)]| and | who | said| told|$)`;

const TITLE_BEFORE = rule(`${slot('OLJ', 'org')}${POSS}? (?<title>${TITLE}) ${slot('P', 'person')}`, /⟨P/u);
const APPOSITIVE_AFTER = rule(
  `${slot('P', 'person')}, (?:the |a |an )?${slot('OLJ', 'org')}${POSS}? (?<title>${TITLE_OF})${END_OF_PHRASE}`,
  /⟨P\d+⟩, /u,
);
const APPOSITIVE_BEFORE = rule(
  `${slot('OLJ', 'org')}${POSS}? (?<title>${TITLE_OF}), ${slot('P', 'person')}`,
  /, ⟨P/u,
);
const FUNCTION_OF = rule(
  `${slot('P', 'person')}, (?:the |a |an |its |their )?(?<title>${TITLE}|${EMPLOYEE}) (?:of|at|for|with) (?:the )?${words(3)}${slot('OL', 'org')}`,
  /⟨P\d+⟩, /u,
);
const TITLE_PERSON_OF = rule(
  `(?<title>${TITLE}) ${slot('P', 'person')} (?:of|at) (?:the )?${slot('O', 'org')}`,
  /⟨P\d+⟩ (?:of|at) /u,
);
const PLAIN_OF = rule(
  `${slot('P', 'person')} (?:of|from) (?:the )?${slot('O', 'org')}(?!${POSS})`,
  /⟨P\d+⟩ (?:of|from) /u,
);
const EMPLOYEE_WORD = new RegExp(`^(?:${EMPLOYEE})$`, 'u');

export function proposeOffices(frame: Frame): RelationProposal[] {
  const found: (RelationProposal | null)[] = [];
  const office = (pattern: RegExp, ruleName: string, confidence: number): void => {
    for (const m of matches(frame, pattern)) {
      const title = groupText(frame, m, 'title');
      const employee = title !== null && EMPLOYEE_WORD.test(title);
      found.push(
        relationFrom(frame, m, {
          type: employee ? 'WORKS_FOR' : 'HOLDS_OFFICE',
          subject: frame.slot(m.groups.person)?.ref,
          object: frame.slot(m.groups.org)?.ref,
          role: title,
          rule: ruleName,
          confidence,
        }),
      );
    }
  };
  office(TITLE_BEFORE, 'office.title-before-name', 0.85);
  office(APPOSITIVE_AFTER, 'office.appositive-after-name', 0.85);
  office(APPOSITIVE_BEFORE, 'office.appositive-before-name', 0.8);
  office(FUNCTION_OF, 'office.function-of-organisation', 0.8);
  office(TITLE_PERSON_OF, 'office.title-name-of-organisation', 0.8);
  for (const m of matches(frame, PLAIN_OF)) {
    found.push(
      relationFrom(frame, m, {
        type: 'WORKS_FOR',
        subject: frame.slot(m.groups.person)?.ref,
        object: frame.slot(m.groups.org)?.ref,
        rule: 'affiliation.name-of-organisation',
        confidence: 0.6,
      }),
    );
  }
  return found.filter((p): p is RelationProposal => p !== null);
}
