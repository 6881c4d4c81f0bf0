import { badInput } from '../errors.js';

/**
 * What text the API accepts, in one table. Every text argument and input field (String, ID, NonEmptyString)
 * has a cap on its length in characters (Unicode code points): unbounded strings reach Neo4j's index key limit
 * ("Property value is too large to index"), bloat every answer that repeats them and are never a real name,
 * quote or note. schema.graphql states each cap in the description of the argument or field, and
 * test/unit/text-caps.test.ts keeps the two in step. input-check.ts enforces them before execution.
 */
export const TEXT_CAPS = {
  /** Ids and page cursors. */
  id: 200,
  /** Names, aliases, sources, outlets, roles and other one-line labels. */
  name: 300,
  /** Search text. */
  search: 500,
  /** Headlines. */
  title: 1000,
  /** Notes, descriptions, reasons and quotes. */
  prose: 2000,
} as const;

export type TextKind = keyof typeof TEXT_CAPS;

/**
 * The article text is capped in bytes (200 KB of UTF-8) by ingestArticle itself, with LIMIT_EXCEEDED: it is
 * the one input meant to be long. The character rules below still apply to it.
 */
export const UNCAPPED = 'article';

/**
 * Text inputs by schema coordinate (`Type.field(argument)` for arguments, `Input.field` for input fields).
 * Not listed: every ID (`id`) and every `after` cursor (`id`).
 */
export const TEXT_INPUTS: Readonly<Record<string, TextKind | typeof UNCAPPED>> = {
  'Query.search(text)': 'search',
  'EntityFilter.name': 'name',
  'ArticleFilter.outlet': 'name',
  'IngestArticleInput.text': UNCAPPED,
  'IngestArticleInput.source': 'name',
  'IngestArticleInput.title': 'title',
  'IngestArticleInput.outlet': 'name',
  'UpsertEntityInput.name': 'name',
  'UpsertEntityInput.aliases': 'name',
  'UpsertEntityInput.description': 'prose',
  'UpsertEntityInput.nationality': 'name',
  'UpsertEntityInput.frequency': 'name',
  'UpsertEntityInput.agreementKind': 'name',
  'UpsertEntityInput.eventType': 'name',
  'Mutation.addAlias(alias)': 'name',
  'Mutation.mergeEntities(reason)': 'prose',
  'Mutation.rejectProposal(reason)': 'prose',
  'AddRelationInput.role': 'name',
  'AddRelationInput.note': 'prose',
  'EvidenceInput.quote': 'prose',
  'NewEntityFromCandidateInput.name': 'name',
};

/** The scalars whose inputs are free text; the others (dates, URL, numbers) check their own form. */
export const TEXT_SCALARS: ReadonlySet<string> = new Set(['String', 'ID', 'NonEmptyString']);

/**
 * The cap of a text input, or null for the article text. An input the table does not know gets the prose cap,
 * so a new argument is bounded even before someone chooses its cap (the unit test asks them to).
 */
export function textCap(coordinate: string, scalar: string): number | null {
  const kind = TEXT_INPUTS[coordinate];
  if (kind === UNCAPPED) return null;
  if (kind !== undefined) return TEXT_CAPS[kind];
  return scalar === 'ID' || coordinate.endsWith('(after)') ? TEXT_CAPS.id : TEXT_CAPS.prose;
}

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: invisible, they break logs,
 * terminals and some JSON consumers downstream, and no name, quote or article needs them. Lone surrogates are
 * not text at all: UTF-8 cannot encode them, so Neo4j would store something other than what was sent.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /\p{Surrogate}/u;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Where a text input sits, for the error: the field (`Mutation.upsertEntity`) and the argument path. */
export interface TextPlace {
  field: string;
  argument: string;
}

/** Throws BAD_USER_INPUT naming the argument when `text` breaks a rule; returns nothing otherwise. */
export function checkText(text: string, cap: number | null, place: TextPlace): void {
  const where = `"${place.argument}" of ${place.field}`;
  // Checked before execution (input-check.ts): HTTP 400, as Apollo answers variables it cannot use.
  const details = { field: place.field, argument: place.argument, http: { status: 400 } };
  if (cap !== null && text.length > cap) {
    // Code points, not UTF-16 units: an emoji is one character.
    const length = text.length - (text.match(SURROGATE_PAIRS)?.length ?? 0);
    if (length > cap) {
      throw badInput(`${where} must be at most ${cap} characters (got ${length})`, {
        ...details,
        maxLength: cap,
      });
    }
  }
  const control = CONTROL.exec(text);
  if (control) {
    throw badInput(
      `${where} contains the control character ${codePoint(control[0])} at offset ${control.index}; only tab, line feed and carriage return are allowed`,
      details,
    );
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    throw badInput(
      `${where} contains a lone surrogate ${codePoint(surrogate[0])} at offset ${surrogate.index}, which is not text`,
      details,
    );
  }
}
