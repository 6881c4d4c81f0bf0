/**
 * The gazetteer: standard forms of names that no article needs to teach (country long forms and
 * abbreviations, news and photo agencies). It is data (data/gazetteer/*.json), read once and
 * validated here; linking, candidates and credit detection all use this one copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { foldToken, nameKey } from './names.js';

export const gazetteerDir = join(repoRoot, 'data', 'gazetteer');

const agencyCategory = z.enum(['news_agency', 'photo_agency', 'media']);
export type AgencyCategory = z.infer<typeof agencyCategory>;

const forms = z.array(z.string().min(1)).min(1);
const agenciesFile = z.object({
  about: z.string(),
  agencies: z.array(z.object({ forms, category: agencyCategory })),
});
const countriesFile = z.object({
  about: z.string(),
  countries: z.array(z.object({ forms, adjectives: z.array(z.string().min(1)) })),
});
const organisationsFile = z.object({
  about: z.string(),
  groups: z.array(z.object({ kind: z.enum(['Organisation', 'Place']), forms })),
});
const koreanSurnamesFile = z.object({ about: z.string(), groups: z.array(forms) });

export interface GazetteerEntry {
  /** The name an editor sees: the first form. */
  readonly name: string;
  /** Every standard form, the name included. */
  readonly forms: readonly string[];
}

export interface Agency extends GazetteerEntry {
  readonly category: AgencyCategory;
}

export interface Country extends GazetteerEntry {
  /** Adjectival and demonym forms ("Russian", "North Korean"). */
  readonly adjectives: readonly string[];
}

/** Interchangeable forms of one organisation or facility ("Russian Railways", "RZD"). */
export interface FormGroup extends GazetteerEntry {
  readonly kind: 'Organisation' | 'Place';
}

export interface Gazetteer {
  readonly agencies: readonly Agency[];
  readonly countries: readonly Country[];
  readonly groups: readonly FormGroup[];
  /** Form groups by the nameKey of each form. */
  readonly groupByKey: ReadonlyMap<string, FormGroup>;
  /** Korean family names: folded spelling (foldToken) → one key per name ("pak", "park", "bak" → "park"). */
  readonly koreanSurname: ReadonlyMap<string, string>;
  /** Agencies by the nameKey of each form. */
  readonly agencyByKey: ReadonlyMap<string, Agency>;
  /** Countries by the nameKey of each form (not of adjectives). */
  readonly countryByKey: ReadonlyMap<string, Country>;
  /** Countries by the nameKey of each adjective. */
  readonly countryByAdjectiveKey: ReadonlyMap<string, Country>;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(gazetteerDir, file), 'utf8'));
}

function byKey<T extends GazetteerEntry>(entries: readonly T[], formsOf: (entry: T) => readonly string[]) {
  const map = new Map<string, T>();
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const key = nameKey(form);
      if (key !== '' && !map.has(key)) map.set(key, entry);
    }
  }
  return map;
}

/** Builds the lookups from parsed data; `loadGazetteer` reads the shipped files. */
export function buildGazetteer(
  agencies: readonly Agency[],
  countries: readonly Country[],
  groups: readonly FormGroup[] = [],
  koreanSurnames: readonly (readonly string[])[] = [],
): Gazetteer {
  const koreanSurname = new Map<string, string>();
  for (const spellings of koreanSurnames) {
    const canonical = foldToken(spellings[0] ?? '');
    for (const spelling of spellings) koreanSurname.set(foldToken(spelling), canonical);
  }
  return {
    agencies,
    countries,
    groups,
    groupByKey: byKey(groups, (g) => g.forms),
    koreanSurname,
    agencyByKey: byKey(agencies, (a) => a.forms),
    countryByKey: byKey(countries, (c) => c.forms),
    countryByAdjectiveKey: byKey(countries, (c) => c.adjectives),
  };
}

let loaded: Gazetteer | undefined;

/** The shipped gazetteer, read and validated on first use. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const agencies = agenciesFile
    .parse(readJson('agencies.json'))
    .agencies.map((a) => ({ name: a.forms[0] ?? '', forms: a.forms, category: a.category }));
  const countries = countriesFile
    .parse(readJson('countries.json'))
    .countries.map((c) => ({ name: c.forms[0] ?? '', forms: c.forms, adjectives: c.adjectives }));
  const groups = organisationsFile
    .parse(readJson('organisations.json'))
    .groups.map((g) => ({ name: g.forms[0] ?? '', forms: g.forms, kind: g.kind }));
  const koreanSurnames = koreanSurnamesFile.parse(readJson('korean-surnames.json')).groups;
  loaded = buildGazetteer(agencies, countries, groups, koreanSurnames);
  return loaded;
}
