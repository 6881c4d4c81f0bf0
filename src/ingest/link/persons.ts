/**
 * People's names beyond exact spellings: the family name, Korean romanisations, Russian patronymics and
 * initials. Each function maps the tokens of a name to a key; the linker indexes known people's names
 * under those keys and looks runs of capitalised words up with the same functions.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Token } from '../names.js';

/** "Alexandrovich", "Kuzhugetovich", "Viktorovna": a Russian patronymic, left out when matching. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|inichna)$/u;

export function isPatronymic(token: Token): boolean {
  return PATRONYMIC.test(token.raw);
}

/** The family name of a known person's full name: first for a Korean name, last otherwise. */
export function familyName(tokens: readonly Token[], gazetteer: Gazetteer): Token | undefined {
  if (tokens.length < 2) return undefined;
  if (koreanSurnameOf(tokens[0], gazetteer) !== undefined && tokens.length <= 4) return tokens[0];
  return tokens[tokens.length - 1];
}

function koreanSurnameOf(token: Token | undefined, gazetteer: Gazetteer): string | undefined {
  return token === undefined ? undefined : gazetteer.koreanSurname.get(token.key);
}

/**
 * Given-name syllables in one romanisation-free form: McCune-Reischauer and Revised Romanisation
 * spellings of one name ("Son-hui" / "Seon-hui" / "Sŏn Hŭi", "Thae-song" / "Tae-seong", "Jong-un" /
 * "Jong-eun", "Jongho" / "Jong-ho") give one string. Vowels: eo/o, eu/u, oo/u, ee/i; consonants: the
 * aspirated th/kh/ph/ch forms and the k/g, t/d, p/b, ch/j, sh/s pairs.
 */
export function foldKoreanGiven(syllables: readonly string[]): string {
  return syllables
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z]/giu, '')
    .toLowerCase()
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(?<=[ktp])h/g, '')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b');
}

/**
 * The key of a Korean name: family name (one key per romanisation, from the gazetteer) and the folded
 * given name. Undefined when the first token is no Korean family name or there is no given name.
 */
export function koreanKey(tokens: readonly Token[], gazetteer: Gazetteer): string | undefined {
  const surname = koreanSurnameOf(tokens[0], gazetteer);
  if (surname === undefined || tokens.length < 2 || tokens.length > 4) return undefined;
  const given = foldKoreanGiven(tokens.slice(1).map((token) => token.raw));
  return given.length < 2 ? undefined : `${surname}|${given}`;
}

/** "s lavrov": the first name's initial and the family name, for "S. Lavrov" and "S.V. Lavrov". */
export function initialsKey(initial: string, surname: Token): string {
  return `${initial.normalize('NFKD').charAt(0).toLowerCase()} ${surname.key}`;
}
