/**
 * The parts of an article's text that say where the story or its pictures came from rather than
 * what happened. Part of the segment stage (with sentences.ts); linking and candidates consult them.
 *
 * - `credit`: a picture credit ("(Source: Getty Images)", "(Photo: X/Y)", "…/Anadolu Agency/Getty
 *   Images)", "Photograph: Kim/Reuters", "© Sputnik", "Yonhap photo"). A caption is content; its
 *   credit is not: no mention, no candidate.
 * - `byline`: who wrote or edited the story ("(Reporting by X; Editing by Y)"). No mention, no
 *   candidate except the news agencies it names.
 * - `dateline` ("BEIJING, May 3 (Reuters) –", "MOSCOW, June 17. /TASS/.") and `signoff` ("— AP",
 *   "/TASS/", "(Xinhua)" closing the story): the place and the agency are what the article says
 *   about its own origin. Known names there are linked; of unknown ones only the agency (an
 *   organisation) and the dateline's place are proposed.
 */
import { loadGazetteer, type AgencyCategory, type Gazetteer } from './gazetteer.js';
import { nameKey } from './names.js';

export type ZoneKind = 'credit' | 'byline' | 'dateline' | 'signoff';

export interface Zone {
  readonly kind: ZoneKind;
  readonly start: number;
  readonly end: number;
}

/** An agency named in a dateline, sign-off or byline. */
export interface AgencySpan {
  readonly start: number;
  readonly end: number;
  /** The gazetteer's category when it knows the agency. */
  readonly category: AgencyCategory | null;
}

export interface Zones {
  readonly zones: readonly Zone[];
  readonly agencies: readonly AgencySpan[];
  /** The dateline's place names ("BEIJING", "Pyongyang"). */
  readonly datelinePlaces: readonly { readonly start: number; readonly end: number }[];
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DAY_DATE = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?`;
const CAPS_PLACE = String.raw`\p{Lu}{2,}[\p{Lu}\p{M}'’.-]*(?:[ /]\p{Lu}{2,}[\p{Lu}\p{M}'’.-]*){0,3}`;
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){0,2}`;
/**
 * Place, optional region ("KHABAROVSK, Russia"), optional date, optional agency in brackets or
 * TASS's slashes, then the dash (or TASS's full stop) that opens the story.
 */
const DATELINE = new RegExp(
  String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?:,\s*(?!${MONTH}\s+\d)\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?(?=[,( ]))?` +
    String.raw`(?<date>,?\s*${DAY_DATE})?(?:\s*\((?<agency>[^()\n]{2,40})\))?` +
    String.raw`(?:\s*(?:--|[–—-])\s+|\.?\s*/(?<slashed>[\p{L}-]{2,20})/\.?\s+)(?=\S)`,
  'u',
);
const CREDIT_LABEL = String.raw`(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|illustrations?|video|footage|courtesy|file\s+photo|photo\s+credit|image\s+credit)`;
/** Bracketed credit content: a label ("Photo:", "Courtesy of", "File photo") or "X Photo/Name". */
const LABELLED = new RegExp(
  String.raw`^(?:${CREDIT_LABEL}\b\s*(?::|by\b|of\b|/|$)|source\s*:|[^,;:]{0,40}\bphoto\b)`,
  'iu',
);
/** A credit running to the end of its line: "Photograph: Kim Hong-Ji/Reuters", "© Sputnik". */
const TRAILING_CREDIT = new RegExp(
  String.raw`(?:^|(?<=[.!?”"’)]\s{1,3})|(?<=\s[|•–—-]\s))(?:${CREDIT_LABEL}\s*:|(?:photo|picture)\s+by\b|©|copyright\b)[^\n]*$`,
  'iu',
);
const BRACKETED = /\(([^()\n]{1,300})\)|\[([^[\]\n]{1,300})\]/gu;
const BYLINE_TRAILER =
  /\((?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written|reported)\s+by\b[^)\n]*\)|^(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|written)\s+by\b[^\n]*$|^[^\n.]{0,160}\bcontributed(?:\s+reporting)?(?:\s+to)?\s+this\s+(?:report|story|article)\.?$/gimu;
/** A slash-joined credit outside brackets at the end of a line: "Alexei Druzhinin/Sputnik/AFP". */
const SLASHED_TAIL =
  /(?:^|(?<=[.!?”"’]\s{1,3}))(?:\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,5} ?\/ ?)+\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,4}\s*$/u;
const SIGNOFF_DASH = /(?:^|\s)(?:--|[–—])\s*(\p{Lu}[\p{L}. ]{1,40}?)\s*$/u;
/** Credit words that are no agency's name. */
const CREDIT_PARTS: ReadonlySet<string> = new Set(['handout', 'pool', 'file', 'via']);

/** Finds the credit, byline, dateline and sign-off zones of an article text. */
export function findZones(text: string, gazetteer: Gazetteer = loadGazetteer()): Zones {
  const zones: Zone[] = [];
  const agencies: AgencySpan[] = [];
  const datelinePlaces: { start: number; end: number }[] = [];
  const agencyOf = (name: string): AgencyCategory | null =>
    gazetteer.agencyByKey.get(nameKey(name))?.category ?? null;
  const addAgency = (start: number, name: string): void => {
    const trimmed = name.trim();
    const at = start + name.indexOf(trimmed);
    if (isAgencyLike(trimmed))
      agencies.push({ start: at, end: at + trimmed.length, category: agencyOf(trimmed) });
  };

  const lines = linesOf(text);
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    // A dateline opens the story: the first paragraph, or the second after a title line.
    const dateline = index <= 1 ? DATELINE.exec(line.text) : null;
    const named = dateline?.groups?.agency ?? dateline?.groups?.slashed;
    if (dateline?.groups) {
      if (dateline.groups.date !== undefined || named !== undefined) {
        zones.push({ kind: 'dateline', start: line.start, end: line.start + dateline[0].length });
        const place = dateline.groups.place ?? '';
        datelinePlaces.push({ start: line.start, end: line.start + place.length });
        if (named !== undefined) addAgency(line.start + dateline[0].indexOf(named), named);
      }
    }
    for (const match of line.text.matchAll(BRACKETED)) {
      const content = match[1] ?? match[2] ?? '';
      const start = line.start + match.index;
      const end = start + match[0].length;
      if (zones.some((zone) => zone.start <= start && end <= zone.end)) continue;
      const atLineEnd = /^[\s.,;:!?”"’]*$/u.test(line.text.slice(match.index + match[0].length));
      const agency = agencyOf(content);
      if (agency !== null && atLineEnd && isLast && agency !== 'photo_agency') {
        zones.push({ kind: 'signoff', start, end });
        addAgency(start + 1, content);
      } else if (isCredit(content, atLineEnd, agencyOf)) {
        zones.push({ kind: 'credit', start, end });
      }
    }
    for (const pattern of [TRAILING_CREDIT, SLASHED_TAIL]) {
      const match = pattern.exec(line.text);
      if (!match) continue;
      if (pattern === SLASHED_TAIL && !match[0].split('/').some((part) => isCreditPart(part, agencyOf)))
        continue;
      zones.push({ kind: 'credit', start: line.start + match.index, end: line.start + line.text.length });
    }
    for (const match of line.text.matchAll(BYLINE_TRAILER)) {
      zones.push({
        kind: 'byline',
        start: line.start + match.index,
        end: line.start + match.index + match[0].length,
      });
    }
    for (const match of line.text.matchAll(/\/([\p{Lu}][\p{L}-]{1,20})\//gu)) {
      const name = match[1] ?? '';
      const start = line.start + match.index;
      if (agencyOf(name) === null || zones.some((zone) => zone.start <= start && start < zone.end)) continue;
      zones.push({ kind: 'signoff', start, end: start + match[0].length });
      addAgency(start + 1, name);
    }
    for (const agencyPhoto of agencyPhotos(line.text, gazetteer)) {
      zones.push({ kind: 'credit', start: line.start + agencyPhoto[0], end: line.start + agencyPhoto[1] });
    }
    const signoff = isLast ? SIGNOFF_DASH.exec(line.text) : null;
    if (signoff?.[1] !== undefined && agencyOf(signoff[1]) !== null) {
      const start = line.start + signoff.index;
      zones.push({ kind: 'signoff', start, end: line.start + line.text.length });
      addAgency(line.start + signoff.index + signoff[0].indexOf(signoff[1]), signoff[1]);
    }
  });
  // Agencies named inside a byline are proposed too ("Reporting by Reuters staff" names Reuters).
  for (const zone of zones.filter((z) => z.kind === 'byline')) {
    const inside = text.slice(zone.start, zone.end);
    for (const agency of gazetteer.agencies) {
      for (const form of agency.forms) {
        const at = wordIndex(inside, form);
        if (at >= 0) addAgency(zone.start + at, form);
      }
    }
  }
  zones.sort((a, b) => a.start - b.start);
  return { zones, agencies: dedupe(agencies), datelinePlaces };
}

/** Credits and bylines: text that is not the article's content, where nothing is linked or found. */
export function notContent(zones: readonly Zone[]): Zone[] {
  return zones.filter((zone) => zone.kind === 'credit' || zone.kind === 'byline');
}

function isCredit(
  content: string,
  atLineEnd: boolean,
  agencyOf: (name: string) => AgencyCategory | null,
): boolean {
  const trimmed = content.trim();
  if (LABELLED.test(trimmed)) return true;
  if (/\bvia\b/u.test(trimmed) && trimmed.split(/\s+/u).every((w) => w === 'via' || /^\p{Lu}/u.test(w)))
    return true;
  const parts = trimmed.split('/');
  if (parts.length >= 2 && parts.every((part) => isNameLike(part))) {
    return atLineEnd || parts.some((part) => isCreditPart(part, agencyOf));
  }
  // "(Getty Images)", or a wire service's name closing a caption line.
  const agency = agencyOf(trimmed);
  return agency === 'photo_agency' || (agency !== null && atLineEnd);
}

function isCreditPart(part: string, agencyOf: (name: string) => AgencyCategory | null): boolean {
  const trimmed = part.trim();
  return CREDIT_PARTS.has(trimmed.toLowerCase()) || agencyOf(trimmed) !== null;
}

/** One to eight words, the first capitalised: a name, not a phrase like "and/or". */
function isNameLike(part: string): boolean {
  const words = part.trim().split(/\s+/u);
  return words.length >= 1 && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(words[0] ?? '');
}

/** A plausible agency name: one to four words, capitalised or an acronym, no sentence in it. */
function isAgencyLike(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length <= 4 && /^\p{Lu}/u.test(name) && !/[,;:]/u.test(name);
}

/** "Yonhap photo", "AFP PHOTO", "Reuters file photo": an agency credited for a picture. */
function agencyPhotos(line: string, gazetteer: Gazetteer): [number, number][] {
  const found: [number, number][] = [];
  for (const agency of gazetteer.agencies) {
    for (const form of agency.forms) {
      for (let at = wordIndex(line, form); at >= 0; at = wordIndex(line, form, at + 1)) {
        const after = /^\s+(?:file\s+)?(?:photo(?:graph)?s?|pictures?)\b/iu.exec(
          line.slice(at + form.length),
        );
        if (after) found.push([at, at + form.length + after[0].length]);
      }
    }
  }
  return found;
}

/** Index of `word` in `text` on word boundaries, case-sensitive, from `from`; -1 when absent. */
function wordIndex(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

function linesOf(text: string): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

function dedupe(agencies: readonly AgencySpan[]): AgencySpan[] {
  const seen = new Set<number>();
  return agencies.filter((a) => !seen.has(a.start) && seen.add(a.start));
}
