// resolveCandidate over real HTTP: a candidate name becomes a new entity or another name of an existing one,
// its sightings become mentions, and repeating the resolution returns it unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { graphSize, openTestDb, type TestDb } from '../support/db.js';
import { READER_KEY, asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

let service: RunningService;
let t: TestDb;
const s = uniqueSuffix();
const UNION = `Vostok Freight${s} Union`;
const PERSON = `Dmitri Kalvanov${s}`;
const fixture = { articleId: '', text: '', union: '', person: '', existing: '' };
const entityIds: string[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  const ingest = await gql<{
    ingestArticle: { article: { id: string; text: string }; candidates: { id: string; name: string }[] };
  }>(
    service.url,
    'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id text } candidates { id name } } }',
    {
      input: {
        text: [
          `Freight union report ${s}`,
          '',
          `The ${UNION} said on Monday that freight trains would run again.`,
          '',
          `${PERSON} welcomed the news in a statement.`,
        ].join('\n'),
        source: `candidates-${s}.txt`,
      },
    },
    asEditor,
  );
  const result = ingest.body.data?.ingestArticle;
  if (!result) throw new Error(JSON.stringify(ingest.body.errors));
  fixture.articleId = result.article.id;
  fixture.text = result.article.text;
  fixture.union = result.candidates.find((c) => c.name === UNION)?.id ?? '';
  fixture.person = result.candidates.find((c) => c.name === PERSON)?.id ?? '';
  const existing = await gql<{ upsertEntity: { id: string } }>(
    service.url,
    'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
    { input: { kind: 'PERSON', name: `Dmitry Kalvanov${s}` } },
    asEditor,
  );
  fixture.existing = existing.body.data?.upsertEntity.id ?? '';
  entityIds.push(fixture.existing);
});
afterAll(async () => {
  // The article, and the candidates only it proposed (a name other articles also propose stays).
  await t.query(
    `MATCH (a:Article) WHERE a.id IN $articles
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE NOT o.id IN $articles }
     DETACH DELETE c, a`,
    { articles: [fixture.articleId] },
  );
  await t.query(
    `MATCH (n) WHERE (n:Entity AND n.id IN $entityIds) OR (n:Article AND n.id = $articleId)
       OR (n:Candidate AND n.id IN $candidates)
     DETACH DELETE n`,
    { entityIds, articleId: fixture.articleId, candidates: [fixture.union, fixture.person] },
  );
  await t.close();
  await service.stop();
});

const RESOLVE = /* GraphQL */ `
  mutation Resolve($id: ID!, $asNewEntity: NewEntityFromCandidateInput, $asAliasOf: ID) {
    resolveCandidate(candidateId: $id, asNewEntity: $asNewEntity, asAliasOf: $asAliasOf) {
      candidate {
        id
        name
        status
        resolvedTo {
          id
        }
        sightings {
          start
          end
        }
      }
      entity {
        id
        kind
        name
        aliases
        mentions(first: 10) {
          totalCount
          edges {
            node {
              surface
              start
              end
              article {
                id
              }
            }
          }
        }
      }
    }
  }
`;

interface ResolutionData {
  resolveCandidate: {
    candidate: {
      id: string;
      name: string;
      status: string;
      resolvedTo: { id: string } | null;
      sightings: { start: number; end: number }[];
    };
    entity: {
      id: string;
      kind: string;
      name: string;
      aliases: string[];
      mentions: {
        totalCount: number;
        edges: { node: { surface: string; start: number; end: number; article: { id: string } } }[];
      };
    };
  } | null;
}

const resolve = (variables: Record<string, unknown>, headers: Record<string, string> = asEditor) =>
  gql<ResolutionData>(service.url, RESOLVE, variables, headers);

describe('resolveCandidate', () => {
  it('turns a candidate into a new entity whose mentions are the sightings; the same again changes nothing', async () => {
    expect(fixture.union).not.toBe('');
    const res = await resolve({ id: fixture.union, asNewEntity: { kind: 'ORGANISATION' } });
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data?.resolveCandidate;
    if (!r) throw new Error('no resolution');
    entityIds.push(r.entity.id);
    expect(r.entity.id).toMatch(new RegExp(`^org/vostok-freight${s}-union-[0-9a-f]{8}$`));
    expect(r.entity).toMatchObject({ kind: 'ORGANISATION', name: UNION, aliases: [UNION] });
    expect(r.candidate).toMatchObject({
      id: fixture.union,
      status: 'NEW_ENTITY',
      resolvedTo: { id: r.entity.id },
    });
    const sighting = r.candidate.sightings[0];
    expect(r.entity.mentions.totalCount).toBe(r.candidate.sightings.length);
    expect(r.entity.mentions.edges[0]?.node).toMatchObject({
      surface: UNION,
      start: sighting?.start,
      end: sighting?.end,
      article: { id: fixture.articleId },
    });
    const [via] = await t.query(
      'MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->() RETURN collect(m.via) AS via',
      {
        id: r.entity.id,
      },
    );
    expect(via?.via).toEqual(['name']);

    const before = await graphSize(t);
    const again = await resolve({ id: fixture.union, asNewEntity: { kind: 'ORGANISATION' } });
    expect(again.body.data?.resolveCandidate?.entity.id).toBe(r.entity.id);
    expect(again.body.data?.resolveCandidate?.candidate.status).toBe('NEW_ENTITY');
    expect(await graphSize(t)).toEqual(before);

    // Resolving it another way now is a conflict, and changes nothing.
    const other = await resolve({ id: fixture.union, asAliasOf: fixture.existing });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await graphSize(t)).toEqual(before);
  });

  it('adds a candidate name to an existing entity, with mentions; repeatable', async () => {
    expect(fixture.person).not.toBe('');
    const res = await resolve({ id: fixture.person, asAliasOf: fixture.existing });
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data?.resolveCandidate;
    expect(r?.entity).toMatchObject({ id: fixture.existing, aliases: [`Dmitry Kalvanov${s}`, PERSON] });
    expect(r?.candidate).toMatchObject({ status: 'ALIAS', resolvedTo: { id: fixture.existing } });
    expect(r?.entity.mentions.edges.map((e) => e.node.surface)).toEqual([PERSON]);
    expect(
      fixture.text.slice(r?.entity.mentions.edges[0]?.node.start, r?.entity.mentions.edges[0]?.node.end),
    ).toBe(PERSON);

    const before = await graphSize(t);
    const again = await resolve({ id: fixture.person, asAliasOf: fixture.existing });
    expect(again.body.data?.resolveCandidate).toEqual(r);
    expect(await graphSize(t)).toEqual(before);
  });

  it('refuses what it cannot use, changing nothing', async () => {
    const before = await graphSize(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ id: fixture.union }, 'BAD_USER_INPUT'],
      [{ id: fixture.union, asNewEntity: { kind: 'PERSON' }, asAliasOf: fixture.existing }, 'BAD_USER_INPUT'],
      [{ id: `candidate/no-such-${s}`, asNewEntity: { kind: 'PERSON' } }, 'NOT_FOUND'],
      [{ id: `candidate/no-such-${s}`, asAliasOf: fixture.existing }, 'NOT_FOUND'],
    ];
    for (const [variables, code] of cases) {
      const res = await resolve(variables);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    const invalidKind = await resolve({ id: fixture.union, asNewEntity: { kind: 'SPACESHIP' } });
    expect(invalidKind.status).toBe(400);
    expect(await graphSize(t)).toEqual(before);
  });

  it('keeps candidates and their resolution to editors', async () => {
    const before = await graphSize(t);
    const variables = { id: fixture.union, asNewEntity: { kind: 'ORGANISATION' } };
    expect((await resolve(variables, {})).status).toBe(401);
    expect((await resolve(variables, { 'x-api-key': READER_KEY })).status).toBe(403);
    const list = 'query { candidates(first: 1) { totalCount } }';
    const anonymous = await gql(service.url, list);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await gql(service.url, list, {}, { 'x-api-key': READER_KEY });
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editorList = await gql<{ candidates: { totalCount: number } }>(service.url, list, {}, asEditor);
    expect(editorList.status).toBe(200);
    expect(editorList.body.data?.candidates.totalCount).toEqual(expect.any(Number));
    expect(await graphSize(t)).toEqual(before);
  });
});
