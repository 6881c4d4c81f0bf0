import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { EDITOR_KEY, gql, startTestService, errorCodes, roundTrips } from '../support/service.js';

// Query.timeline, Query.conflicts and Query.candidates over real HTTP against the seeded graph.

let service: RunningService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service.stop();
});

const TIMELINE = /* GraphQL */ `
  query Timeline(
    $id: ID
    $from: PartialDate
    $to: PartialDate
    $kinds: [TimelineItemKind!]
    $first: PositiveInt
  ) {
    timeline(id: $id, from: $from, to: $to, kinds: $kinds, first: $first) {
      __typename
      date
      precision
      summary
      ... on RelationTimelineItem {
        relation {
          type
          subject {
            id
          }
          object {
            id
          }
          evidence {
            quote
          }
        }
      }
      ... on EventTimelineItem {
        event {
          id
        }
      }
      ... on StatementTimelineItem {
        statement {
          quote
          speaker {
            id
          }
        }
      }
      ... on ArticleTimelineItem {
        article {
          id
        }
      }
    }
  }
`;

interface Item {
  __typename: string;
  date: string;
  precision: string;
  summary: string;
  relation?: { type: string; subject: { id: string }; object: { id: string }; evidence: unknown[] };
  event?: { id: string };
  statement?: { speaker: { id: string } | null };
}

async function timeline(variables: Record<string, unknown>): Promise<Item[]> {
  const res = await gql<{ timeline: Item[] }>(service.url, TIMELINE, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.timeline ?? [];
}

const sorted = (dates: string[]): boolean => dates.every((d, i) => i === 0 || (dates[i - 1] ?? '') <= d);

describe('Query.timeline', () => {
  it('orders an entity’s dated relationships, events and statements, each involving it', async () => {
    const items = await timeline({ id: 'person/sergei-shoigu' });
    expect(items.length).toBeGreaterThan(0);
    expect(sorted(items.map((i) => i.date))).toBe(true);
    const kinds = new Set(items.map((i) => i.__typename));
    expect(kinds.has('RelationTimelineItem') && kinds.has('StatementTimelineItem')).toBe(true);
    for (const item of items) {
      if (item.relation) {
        expect([item.relation.subject.id, item.relation.object.id]).toContain('person/sergei-shoigu');
        expect(item.relation.evidence.length).toBeGreaterThan(0);
      }
    }
    expect(items).toContainEqual(
      expect.objectContaining({
        date: '2025-06-17',
        precision: 'DAY',
        summary: 'Sergei Shoigu announced Moscow–Pyongyang air route',
      }),
    );
  });

  it('reads the whole entities of its items when asked, through a named fragment too, and cards otherwise', async () => {
    // The statement ships a relationship's ends and an event as cards unless the selection reads more of them.
    const cards = await gql<{ timeline: Item[] }>(
      service.url,
      `query ($id: ID) { timeline(id: $id) { ... on RelationTimelineItem { relation { subject { id name } object { id name } } } ... on EventTimelineItem { event { id name } } } }`,
      { id: 'person/sergei-shoigu' },
    );
    const whole = await gql<{ timeline: Item[] }>(
      service.url,
      `query ($id: ID) { timeline(id: $id) { ... on RelationTimelineItem { relation { subject { ...E } object { ...E } } } ... on EventTimelineItem { event { ...E } } } }
       fragment E on Entity { id name aliases description }`,
      { id: 'person/sergei-shoigu' },
    );
    expect(cards.body.errors).toBeUndefined();
    expect(whole.body.errors).toBeUndefined();
    type Named = { id: string; name: string; aliases?: string[]; description?: string | null };
    const ends = (items: Item[]) =>
      items.flatMap((i) => {
        const r = i.relation as { subject: Named; object: Named } | undefined;
        return [r?.subject, r?.object, i.event as Named | undefined].filter(
          (e): e is Named => e !== undefined,
        );
      });
    const cardEnds = ends(cards.body.data?.timeline ?? []);
    const wholeEnds = ends(whole.body.data?.timeline ?? []);
    expect(cardEnds.length).toBeGreaterThan(0);
    expect(wholeEnds.map((e) => [e.id, e.name])).toEqual(cardEnds.map((e) => [e.id, e.name]));
    // Read whole, an end is the entity as Query.entity answers it.
    const shoigu = wholeEnds.find((e) => e.id === 'person/sergei-shoigu');
    const entity = await gql<{ entity: Named }>(
      service.url,
      'query { entity(id: "person/sergei-shoigu") { id name aliases description } }',
    );
    expect(shoigu).toEqual(entity.body.data?.entity);
    expect(shoigu?.aliases?.length).toBeGreaterThan(0);
  });

  it('keeps items overlapping the range at their own precision, and only the kinds asked for', async () => {
    const items = await timeline({ from: '2025-07-15', to: '2025-12-31' });
    expect(items.length).toBeGreaterThan(0);
    // A month-precision date inside the range's month overlaps it.
    expect(items.map((i) => i.date)).toContain('2025-07');
    expect(items.every((i) => i.date.slice(0, 7) >= '2025-07')).toBe(true);
    const events = await timeline({ kinds: ['EVENT'], to: '2019' });
    expect(events.map((i) => i.event?.id)).toEqual([
      'event/lavrov-kim-meeting-2018',
      'event/kim-visit-vladivostok-2019',
    ]);
    const articles = await timeline({ kinds: ['ARTICLE'] });
    expect(articles.map((i) => [i.__typename, i.date, i.precision])).toContainEqual([
      'ArticleTimelineItem',
      '2023-11-20',
      'DAY',
    ]);
    expect(await timeline({ first: 3 })).toHaveLength(3);
  });

  it('rejects a reversed or malformed range with BAD_USER_INPUT and an unknown id with NOT_FOUND', async () => {
    expect(errorCodes(await gql(service.url, TIMELINE, { from: '2025-08', to: '2025-07' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(service.url, TIMELINE, { from: 'last July' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(service.url, TIMELINE, { id: 'person/nobody' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(service.url, TIMELINE, { first: 101 }))).toEqual(['LIMIT_EXCEEDED']);
  });

  it('is one statement when it has items; the entity is checked only when it has none', async () => {
    const BARE = `query ($id: ID, $from: PartialDate, $to: PartialDate) {
      timeline(id: $id, from: $from, to: $to) { date summary }
    }`;
    const some = await gql<{ timeline: unknown[] }>(service.url, BARE, { id: 'person/sergei-shoigu' });
    expect(some.body.data?.timeline.length).toBeGreaterThan(0);
    expect(roundTrips(some)).toBe(1);
    const empty = await gql<{ timeline: unknown[] }>(service.url, BARE, {
      id: 'person/sergei-shoigu',
      from: '1901',
      to: '1902',
    });
    expect(empty.body.data?.timeline).toEqual([]);
    expect(roundTrips(empty)).toBe(2);
    const unknown = await gql(service.url, BARE, { id: 'person/nobody' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(roundTrips(unknown)).toBe(2);
  });
});

const CONFLICTS = /* GraphQL */ `
  query Conflicts($subject: ID) {
    conflicts(subject: $subject) {
      subject {
        id
      }
      property
      values {
        value
        valueText
        precision
        claims {
          id
        }
        sources {
          quote
          sentence
          article {
            id
            source
          }
        }
        corroboration {
          articles
          outlets
        }
      }
    }
  }
`;

interface Conflict {
  subject: { id: string };
  property: string;
  values: {
    value: string;
    valueText: string | null;
    precision: string | null;
    sources: { quote: string; article: { id: string; source: string } }[];
    corroboration: { articles: number; outlets: number };
  }[];
}

describe('Query.conflicts', () => {
  it('keeps both first-flight dates side by side, each with its own source', async () => {
    const res = await gql<{ conflicts: Conflict[] }>(service.url, CONFLICTS, {
      subject: 'route/moscow-pyongyang-air',
    });
    expect(res.body.errors).toBeUndefined();
    const firstFlight = res.body.data?.conflicts.find((c) => c.property === 'firstServiceDate');
    expect(firstFlight?.subject.id).toBe('route/moscow-pyongyang-air');
    const byValue = new Map(firstFlight?.values.map((v) => [v.value, v]));
    expect([...byValue.keys()].sort()).toEqual(['2025-07', '2025-09-15']);
    expect(byValue.get('2025-09-15')).toMatchObject({ precision: 'DAY', valueText: 'on September 15' });
    expect(byValue.get('2025-09-15')?.sources.map((s) => s.article.source)).toEqual([
      '000_858c5770a7d0bd77.txt',
    ]);
    expect(byValue.get('2025-09-15')?.sources[0]?.quote).toContain('September 15');
    expect(byValue.get('2025-07')?.precision).toBe('MONTH');
    expect(byValue.get('2025-07')?.sources.map((s) => s.article.source)).toEqual([
      '004_13eca6a70c629a29.txt',
    ]);
    for (const v of firstFlight?.values ?? []) expect(v.corroboration).toEqual({ articles: 1, outlets: 1 });
  });

  it('lists conflicts across the graph, each with more than one value', async () => {
    const res = await gql<{ conflicts: Conflict[] }>(service.url, CONFLICTS);
    expect(res.body.errors).toBeUndefined();
    const conflicts = res.body.data?.conflicts ?? [];
    expect(conflicts.map((c) => `${c.subject.id} ${c.property}`)).toContain(
      'route/moscow-pyongyang-air firstServiceDate',
    );
    for (const c of conflicts) {
      expect(c.values.length).toBeGreaterThan(1);
      for (const v of c.values) expect(v.sources.length).toBeGreaterThan(0);
    }
  });

  it('answers an unknown subject with NOT_FOUND, checking it only when it has no conflict', async () => {
    const unknown = await gql(service.url, CONFLICTS, { subject: 'route/nowhere' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(roundTrips(unknown)).toBe(2);
    const BARE = 'query ($subject: ID) { conflicts(subject: $subject) { property } }';
    const some = await gql<{ conflicts: unknown[] }>(service.url, BARE, {
      subject: 'route/moscow-pyongyang-air',
    });
    expect(some.body.data?.conflicts.length).toBeGreaterThan(0);
    expect(roundTrips(some)).toBe(1);
    const none = await gql<{ conflicts: unknown[] }>(service.url, BARE, { subject: 'person/sergei-shoigu' });
    expect(none.body.errors).toBeUndefined();
    expect(roundTrips(none)).toBe(2);
  });
});

describe('FactClaim.corroboration', () => {
  // Issue 7 item 6: a value is stored once per source, and each claim used to count only its own source.
  const FACTS = /* GraphQL */ `
    query Facts($id: ID!) {
      entity(id: $id) {
        facts {
          id
          property
          value
          sources {
            article {
              source
            }
          }
          corroboration {
            articles
            outlets
          }
        }
      }
    }
  `;
  type Fact = {
    id: string;
    property: string;
    value: string;
    sources: { article: { source: string } }[];
    corroboration: { articles: number; outlets: number };
  };
  const factsOf = async (id: string): Promise<Fact[]> => {
    const res = await gql<{ entity: { facts: Fact[] } }>(service.url, FACTS, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data?.entity.facts ?? [];
  };

  it('counts every source stating a value: Moscow–Pyongyang once a month in 000 and 004', async () => {
    const frequency = (await factsOf('route/moscow-pyongyang-air')).filter((f) => f.property === 'frequency');
    // Each source keeps its own claim (and wording), both state the same value.
    expect(frequency.map((f) => f.sources.map((s) => s.article.source)).sort()).toEqual([
      ['000_858c5770a7d0bd77.txt'],
      ['004_13eca6a70c629a29.txt'],
    ]);
    for (const f of frequency) {
      expect(f.value).toBe('once a month');
      // 000 names no outlet (it counts as its own), 004 is The Asia Review: two independent outlets.
      expect(f.corroboration).toEqual({ articles: 2, outlets: 2 });
    }
  });

  it('counts Vladivostok–Pyongyang twice a week in 001 and 002, and a value one source states as one', async () => {
    const facts = await factsOf('route/vladivostok-pyongyang-air');
    const frequency = facts.filter((f) => f.property === 'frequency');
    expect(frequency).toHaveLength(2);
    for (const f of frequency) expect(f.corroboration).toEqual({ articles: 2, outlets: 2 });
    const suspended = facts.filter((f) => f.property === 'suspendedDate');
    expect(suspended.map((f) => f.corroboration)).toEqual([{ articles: 1, outlets: 1 }]);
  });
});

describe('Query.candidates', () => {
  it('lists pending candidate names with where they were seen', async () => {
    const res = await gql<{
      candidates: {
        totalCount: number;
        edges: {
          node: { status: string; name: string; sightings: { sentence: string; article: { id: string } }[] };
        }[];
      };
    }>(
      service.url,
      '{ candidates(first: 100) { totalCount edges { node { status name sightings { sentence article { id } } } } } }',
      {},
      // Candidates are for reviewers: the schema gives them to the editor role only.
      { 'x-api-key': EDITOR_KEY },
    );
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data?.candidates;
    expect(page?.edges).toHaveLength(page?.totalCount ?? -1);
    for (const { node } of page?.edges ?? []) {
      expect(node.status).toBe('PENDING');
      expect(node.sightings.length).toBeGreaterThan(0);
      for (const s of node.sightings) expect(s.sentence).toContain(node.name.split(' ')[0]);
    }
  });
});
