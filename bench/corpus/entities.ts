import type { Faker } from '@faker-js/faker';
import type { EntityKind } from '../../src/graph/relation-types.js';
import { slugOf } from '../../src/graphql/mutation/entity.js';
import { ID_PREFIX } from '../../src/ingest/curated-schema.js';
import type { EntityRecord, PropValue } from '../../src/ingest/write.js';

/** Share of each kind among the entities (the rest of the weight goes to people). */
const KIND_SHARES: readonly [EntityKind, number][] = [
  ['Person', 0.4],
  ['Organisation', 0.25],
  ['Place', 0.2],
  ['Route', 0.06],
  ['Agreement', 0.04],
  ['Event', 0.05],
];

const ORG_TYPES: readonly [string, (f: Faker) => string][] = [
  ['airline', (f) => `${f.person.lastName()} ${f.helpers.arrayElement(['Airlines', 'Air', 'Aviation'])}`],
  [
    'agency',
    (f) => `${f.location.city()} ${f.helpers.arrayElement(['Transport', 'Aviation', 'Customs'])} Agency`,
  ],
  [
    'ministry',
    (f) =>
      `Ministry of ${f.helpers.arrayElement(['Transport', 'Trade', 'Tourism', 'Energy'])} of ${f.location.city()}`,
  ],
  [
    'media',
    (f) => `${f.location.city()} ${f.helpers.arrayElement(['Herald', 'Courier', 'Daily', 'Wire', 'Times'])}`,
  ],
  [
    'company',
    (f) => `${f.person.lastName()} ${f.helpers.arrayElement(['Logistics', 'Holdings', 'Cargo', 'Freight'])}`,
  ],
  ['railway', (f) => `${f.location.city()} Railways`],
  [
    'council',
    (f) => `${f.location.city()} ${f.helpers.arrayElement(['Security', 'Trade', 'Regional'])} Council`,
  ],
  ['think_tank', (f) => `${f.person.lastName()} Institute`],
];

const PLACE_TYPES: readonly [string, (f: Faker) => string][] = [
  ['city', (f) => f.location.city()],
  ['city', (f) => f.location.city()],
  ['airport', (f) => `${f.location.city()} International Airport`],
  ['station', (f) => `${f.location.city()} Central Station`],
  ['region', (f) => `${f.location.city()} Region`],
  ['country', (f) => f.location.country()],
];

const ROUTE_MODES = ['air', 'rail', 'post'] as const;
const ROUTE_STATUSES = ['proposed', 'operating', 'suspended', 'resumed'] as const;
const AGREEMENT_KINDS = ['trade protocol', 'air services agreement', 'defence pact', 'tourism accord'];
const AGREEMENT_STATUSES = ['signed', 'alleged', 'denied', 'proposed'] as const;
const EVENT_TYPES = ['forum', 'summit', 'inaugural flight', 'trade fair', 'state visit'];

/** A generated entity: the stored record plus where it sits in its kind's popularity order. */
export interface SyntheticEntity {
  record: EntityRecord;
  /** 0 = the most named entity of its kind. */
  rank: number;
}

export type EntitiesByKind = Record<EntityKind, SyntheticEntity[]>;

const year = (f: Faker): number => f.number.int({ min: 2012, max: 2025 });
const isoDay = (f: Faker): string =>
  f.date.between({ from: '2012-01-01', to: '2025-12-31' }).toISOString().slice(0, 10);

/**
 * `count` entities, deterministic for the Faker's seed. Names are unique (a second "Springfield" gets another
 * name), ids are `<kind prefix><slug>-<8 hex>` as the API creates them.
 */
export function generateEntities(f: Faker, count: number): EntitiesByKind {
  const byKind: EntitiesByKind = {
    Person: [],
    Organisation: [],
    Place: [],
    Route: [],
    Agreement: [],
    Event: [],
  };
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const name = make();
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    let n = 2;
    const base = make();
    while (used.has(`${base} ${String(n)}`)) n += 1;
    used.add(`${base} ${String(n)}`);
    return `${base} ${String(n)}`;
  };
  const add = (kind: EntityKind, name: string, extra: Partial<EntityRecord>): void => {
    const list = byKind[kind];
    const id = `${ID_PREFIX[kind]}${slugOf(name) || kind.toLowerCase()}-${f.string.hexadecimal({ length: 8, casing: 'lower', prefix: '' })}`;
    list.push({ record: { id, kind, name, aliases: [name], ...extra }, rank: list.length });
  };

  // Places first: routes, agreements and events are named after them.
  const kindOf = (i: number): EntityKind => {
    let x = (((i * 0.6180339887) % 1) + 1) % 1; // spread kinds evenly over the ranks
    for (const [kind, share] of KIND_SHARES) {
      if (x < share) return kind;
      x -= share;
    }
    return 'Person';
  };
  const kinds = Array.from({ length: count }, (_, i) => kindOf(i));
  for (const kind of ['Place', 'Person', 'Organisation', 'Route', 'Agreement', 'Event'] as const) {
    const n = kinds.filter((k) => k === kind).length;
    for (let i = 0; i < n; i += 1) addOne(kind);
  }
  return byKind;

  function addOne(kind: EntityKind): void {
    const place = (): string => f.helpers.arrayElement(byKind.Place).record.name;
    switch (kind) {
      case 'Person': {
        const name = unique(() => `${f.person.firstName()} ${f.person.lastName()}`);
        add(kind, name, { props: { nationality: f.location.country() } });
        return;
      }
      case 'Organisation': {
        const [orgType, make] = f.helpers.arrayElement(ORG_TYPES);
        const name = unique(() => make(f));
        const acronym = name
          .split(/\s+/)
          .filter((w) => /^\p{Lu}/u.test(w) && w !== 'of')
          .map((w) => w.charAt(0))
          .join('');
        const props: Record<string, PropValue> = { orgType };
        add(kind, name, { aliases: acronym.length >= 3 ? [name, acronym] : [name], props });
        return;
      }
      case 'Place': {
        const [placeType, make] = f.helpers.arrayElement(PLACE_TYPES);
        add(
          kind,
          unique(() => make(f)),
          { props: { placeType } },
        );
        return;
      }
      case 'Route': {
        const mode = f.helpers.arrayElement(ROUTE_MODES);
        const name = unique(() => `${place()}–${place()} ${mode} route`);
        add(kind, name, { props: { mode, status: f.helpers.arrayElement(ROUTE_STATUSES) } });
        return;
      }
      case 'Agreement': {
        const agreementKind = f.helpers.arrayElement(AGREEMENT_KINDS);
        const name = unique(() => `${place()}–${place()} ${agreementKind}`);
        const date = isoDay(f);
        const props = {
          agreementKind,
          status: f.helpers.arrayElement(AGREEMENT_STATUSES),
          date,
          datePrecision: 'day',
        };
        add(kind, name, { props });
        return;
      }
      case 'Event': {
        const eventType = f.helpers.arrayElement(EVENT_TYPES);
        const y = year(f);
        const name = unique(() => `${place()} ${eventType} ${String(y)}`);
        add(kind, name, { props: { eventType, date: String(y), datePrecision: 'year' } });
        return;
      }
    }
  }
}
