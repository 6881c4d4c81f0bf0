// upsertEntity and addAlias over real HTTP: ids, kind facts, names as ingestion stores them, idempotency, and
// refusals (unknown ids, kind changes, misplaced facts, non-editors) that leave the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/ingest/names.js';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';
import { READER_KEY, asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

let service: RunningService;
let t: TestDb;
const createdIds: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
});
afterAll(async () => {
  await t.query('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: createdIds });
  await t.close();
  await service.stop();
});

const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertEntityInput!) {
    upsertEntity(input: $input) {
      id
      kind
      name
      aliases
      description
      ... on Person {
        nationality
      }
      ... on Organisation {
        orgType
      }
      ... on Route {
        mode
        status
        frequency
        firstService {
          date
          precision
        }
      }
      ... on Agreement {
        agreementKind
        agreementStatus: status
        date {
          date
          precision
        }
      }
      ... on Event {
        eventType
        date {
          date
          precision
        }
      }
    }
  }
`;
const ADD_ALIAS = /* GraphQL */ `
  mutation AddAlias($id: ID!, $alias: NonEmptyString!) {
    addAlias(entityId: $id, alias: $alias) {
      id
      name
      aliases
    }
  }
`;

interface EntityData {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  orgType?: string | null;
  mode?: string | null;
  status?: string | null;
  frequency?: string | null;
  firstService?: { date: string; precision: string } | null;
  agreementKind?: string | null;
  agreementStatus?: string | null;
  eventType?: string | null;
  date?: { date: string; precision: string } | null;
}

async function upsert(input: Record<string, unknown>, headers: Record<string, string> = asEditor) {
  const res = await gql<{ upsertEntity: EntityData | null }>(service.url, UPSERT, { input }, headers);
  const entity = res.body.data?.upsertEntity;
  if (entity && !createdIds.includes(entity.id)) createdIds.push(entity.id);
  return { res, entity };
}

async function stored(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await t.query('MATCH (e:Entity {id: $id}) RETURN properties(e) AS p, labels(e) AS labels', {
    id,
  });
  return row ? { ...(row.p as Record<string, unknown>), labels: row.labels } : undefined;
}

describe('upsertEntity', () => {
  it('creates an entity with a fresh id that is not derived from the name alone', async () => {
    const s = uniqueSuffix();
    const input = {
      kind: 'ORGANISATION',
      name: `Amur Cargo${s} Lines`,
      aliases: [`Amur Cargo${s}`, ` Amur Cargo${s} `],
      description: 'A test airline',
      orgType: 'AIRLINE',
    };
    const { res, entity } = await upsert(input);
    expect(res.body.errors).toBeUndefined();
    expect(entity?.id).toMatch(new RegExp(`^org/amur-cargo${s}-lines-[0-9a-f]{8}$`));
    expect(entity).toMatchObject({
      kind: 'ORGANISATION',
      name: `Amur Cargo${s} Lines`,
      aliases: [`Amur Cargo${s} Lines`, `Amur Cargo${s}`],
      description: 'A test airline',
      orgType: 'AIRLINE',
    });
    // Names are stored as ingestion stores them: keys for matching and the text the fulltext index reads.
    const props = await stored(entity?.id ?? '');
    expect(props?.labels).toEqual(expect.arrayContaining(['Entity', 'Organisation']));
    expect(props?.aliasKeys).toEqual([nameKey(`Amur Cargo${s} Lines`), nameKey(`Amur Cargo${s}`)]);
    expect(String(props?.searchText)).toContain(nameKey(`Amur Cargo${s}`));
    expect(props?.orgType).toBe('airline');

    // Creating is not idempotent by design (namesakes stay apart): the same input makes another entity.
    const { entity: namesake } = await upsert(input);
    expect(namesake?.id).not.toBe(entity?.id);
  });

  it('updates by id: given fields replace, omitted ones stay, null clears, names only grow; repeatable', async () => {
    const s = uniqueSuffix();
    const { entity } = await upsert({
      kind: 'ROUTE',
      name: `Khasan${s} rail link`,
      mode: 'RAIL',
      routeStatus: 'PROPOSED',
      frequency: 'weekly',
      firstService: { date: '2025-06' },
      description: 'to be cleared',
    });
    expect(entity).toMatchObject({
      mode: 'RAIL',
      status: 'PROPOSED',
      firstService: { date: '2025-06', precision: 'MONTH' },
    });
    const id = entity?.id ?? '';
    const update = {
      id,
      kind: 'ROUTE',
      name: `Khasan${s} railway`,
      routeStatus: 'OPERATING',
      description: null,
    };
    const first = await upsert(update);
    expect(first.res.body.errors).toBeUndefined();
    expect(first.entity).toMatchObject({
      id,
      name: `Khasan${s} railway`,
      aliases: [`Khasan${s} railway`, `Khasan${s} rail link`],
      description: null,
      mode: 'RAIL',
      status: 'OPERATING',
      frequency: 'weekly',
    });
    const before = await stored(id);
    const second = await upsert(update);
    expect(second.entity).toEqual(first.entity);
    const after = await stored(id);
    expect({ ...after, updatedAt: null }).toEqual({ ...before, updatedAt: null });
  });

  it('refuses unknown ids, kind changes, facts of another kind and impossible precisions, changing nothing', async () => {
    const s = uniqueSuffix();
    const { entity } = await upsert({
      kind: 'EVENT',
      name: `Tumen${s} bridge opening`,
      eventType: 'ceremony',
      date: { date: '2025' },
    });
    const id = entity?.id ?? '';
    expect(entity?.date).toEqual({ date: '2025', precision: 'YEAR' });
    const before = await graphSize(t);
    const snapshot = await stored(id);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ id: `event/no-such-${s}`, kind: 'EVENT', name: 'x' }, 'NOT_FOUND', /not found/],
      [{ id, kind: 'PLACE', name: 'x' }, 'BAD_USER_INPUT', /kind of an entity cannot change/],
      [
        { kind: 'PERSON', name: `Someone ${s}`, orgType: 'AIRLINE' },
        'BAD_USER_INPUT',
        /orgType does not apply to a Person/,
      ],
      [
        { id, kind: 'EVENT', name: 'x', date: { date: '2025', precision: 'DAY' } },
        'BAD_USER_INPUT',
        /finer than the date/,
      ],
      [{ kind: 'PERSON', name: '   ' }, 'BAD_USER_INPUT', /.+/],
    ];
    for (const [input, code, message] of cases) {
      const { res } = await upsert(input);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
    expect(await graphSize(t)).toEqual(before);
    expect(await stored(id)).toEqual(snapshot);
  });

  it('refuses non-editors before anything is written', async () => {
    const before = await graphSize(t);
    const input = { kind: 'PERSON', name: `Nobody ${uniqueSuffix()}` };
    const anonymous = await upsert(input, {});
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await upsert(input, { 'x-api-key': READER_KEY });
    expect(reader.res.status).toBe(403);
    expect(reader.res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphSize(t)).toEqual(before);
  });
});

describe('addAlias', () => {
  it('adds a name with its key, once; the same name again changes nothing', async () => {
    const s = uniqueSuffix();
    const { entity } = await upsert({ kind: 'PERSON', name: `Pavel Grushin${s}` });
    const id = entity?.id ?? '';
    const res = await gql<{ addAlias: { aliases: string[] } }>(
      service.url,
      ADD_ALIAS,
      { id, alias: `P. Grushin${s}` },
      asEditor,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.addAlias.aliases).toEqual([`Pavel Grushin${s}`, `P. Grushin${s}`]);
    const props = await stored(id);
    expect(props?.aliasKeys).toEqual([nameKey(`Pavel Grushin${s}`), nameKey(`P. Grushin${s}`)]);

    const again = await gql<{ addAlias: { aliases: string[] } }>(
      service.url,
      ADD_ALIAS,
      { id, alias: `P. Grushin${s}` },
      asEditor,
    );
    expect(again.body.data?.addAlias.aliases).toEqual([`Pavel Grushin${s}`, `P. Grushin${s}`]);
    expect(await stored(id)).toEqual(props);

    // The linker picks the new name up at once: an article naming the alias links to the entity.
    const ingest = await gql<{
      ingestArticle: { article: { id: string }; linked: { entity: { id: string } }[] };
    }>(
      service.url,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } linked { entity { id } } } }`,
      {
        input: {
          text: `Alias check report ${s}\n\nOn Monday P. Grushin${s} arrived in Moscow by train.`,
          source: `alias-${s}.txt`,
        },
      },
      asEditor,
    );
    const articleId = ingest.body.data?.ingestArticle.article.id;
    expect(ingest.body.data?.ingestArticle.linked.map((l) => l.entity.id)).toContain(id);
    // The article, and the candidates only it proposed.
    await t.query(
      `MATCH (a:Article) WHERE a.id IN $articles
       OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
       WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
       DETACH DELETE c, a`,
      { articles: [articleId] },
    );
  });

  it('refuses unknown entities and non-editors, changing nothing', async () => {
    const before = await graphSize(t);
    const unknown = await gql(
      service.url,
      ADD_ALIAS,
      { id: `person/no-such-${uniqueSuffix()}`, alias: 'x' },
      asEditor,
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const reader = await gql(
      service.url,
      ADD_ALIAS,
      { id: 'person/sergei-shoigu', alias: 'Shoygu' },
      { 'x-api-key': READER_KEY },
    );
    expect(reader.status).toBe(403);
    const blank = await gql(service.url, ADD_ALIAS, { id: 'person/sergei-shoigu', alias: ' ' }, asEditor);
    expect(blank.status).toBe(400);
    expect(blank.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphSize(t)).toEqual(before);
  });
});
