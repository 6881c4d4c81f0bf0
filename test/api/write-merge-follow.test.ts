// Writes follow merge records over real HTTP. Two services share one Neo4j, as `npm start` and `npm run
// ingest` may: the "ingest" one links with a cached linker built before the "editor" one merged or deleted
// entities, so it names ids that are gone. What it acknowledges must still be in the graph, on the entity the
// merged ones went into, and an undo must give the restored entity back the mentions spelt with its names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { openTestDb, removeArticles, type TestDb } from '../support/db.js';
import { asEditor, createEntity, gql, startTestService, uniqueSuffix } from '../support/service.js';

let ingestService: RunningService;
let editorService: RunningService;
let t: TestDb;
const made = { entities: [] as string[], articles: [] as string[], records: [] as string[] };

beforeAll(async () => {
  [ingestService, editorService] = await Promise.all([startTestService(), startTestService()]);
  t = await openTestDb();
});

afterAll(async () => {
  await removeArticles(t, made.articles);
  await t.query(
    'MATCH (n) WHERE (n:Entity AND n.id IN $entities) OR (n:MergeRecord AND n.id IN $records) DETACH DELETE n',
    made,
  );
  await t.close();
  await Promise.all([ingestService.stop(), editorService.stop()]);
});

interface Ingested {
  ingestArticle: {
    article: { id: string };
    linked: { entity: { id: string }; count: number }[];
    candidates: { name: string }[];
  } | null;
}

async function ingest(text: string): Promise<NonNullable<Ingested['ingestArticle']>> {
  const res = await gql<Ingested>(
    ingestService.url,
    `mutation($input: IngestArticleInput!) {
      ingestArticle(input: $input) { article { id } linked { entity { id } count } candidates { name } }
    }`,
    { input: { text, source: `follow-${uniqueSuffix()}.txt` } },
    asEditor,
  );
  const result = res.body.data?.ingestArticle;
  if (!result) throw new Error(JSON.stringify(res.body.errors));
  made.articles.push(result.article.id);
  return result;
}

async function editor<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(editorService.url, query, variables, asEditor);
  if (!res.body.data || res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

async function merge(keep: string, mergeId: string): Promise<string> {
  const { mergeEntities } = await editor<{ mergeEntities: { id: string } }>(
    'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }',
    { keep, merge: mergeId },
  );
  made.records.push(mergeEntities.id);
  return mergeEntities.id;
}

const undo = (id: string) => editor('mutation($id: ID!) { undoMerge(mergeId: $id) { id } }', { id });

async function mentionsIn(articleId: string): Promise<Record<string, number>> {
  const rows = await t.query(
    'MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: $articleId}) RETURN e.id AS id, count(*) AS n',
    { articleId },
  );
  return Object.fromEntries(rows.map((r) => [String(r.id), Number(r.n)]));
}

describe('writes that name merged or deleted entities', () => {
  it('follow merge records through a chain (X→Y→Z), and undos hand the mentions back step by step', async () => {
    const s = uniqueSuffix();
    const names = { x: `Pavel Drozdetsky${s}`, y: `Ruslan Kuvshinov${s}`, z: `Timur Aksakalov${s}` };
    const [x, y, z] = await Promise.all(
      Object.values(names).map((name) => createEntity(ingestService.url, { kind: 'PERSON', name })),
    );
    made.entities.push(x ?? '', y ?? '', z ?? '');
    if (!x || !y || !z) throw new Error('entities were not created');
    const text = (tag: string): string =>
      `Ferry talks ${s} ${tag}\n\n${names.x} met ${names.z} at the pier.\nLater ${names.x} left for ${tag}.`;
    // Created through the ingest service, so its linker knows all three from its next ingest on, and keeps
    // knowing them: it is not told of the other service's merges.
    const before = await ingest(text('Lisbon'));
    expect(await mentionsIn(before.article.id)).toEqual({ [x]: 2, [z]: 1 });

    const xIntoY = await merge(y, x);
    const yIntoZ = await merge(z, y);
    const result = await ingest(text('Oslo'));
    // Linked as X twice and Z once; X's mentions were written on Z, and the answer says so.
    expect(result.linked.filter((l) => [x, y, z].includes(l.entity.id))).toEqual([
      { entity: { id: z }, count: 3 },
    ]);
    expect(await mentionsIn(result.article.id)).toMatchObject({ [z]: 3 });

    // Undoing Y→Z gives Y the mentions only Y's names (which include X's) explain; undoing X→Y gives X its own.
    await undo(yIntoZ);
    expect(await mentionsIn(result.article.id)).toMatchObject({ [y]: 2, [z]: 1 });
    await undo(xIntoY);
    expect(await mentionsIn(result.article.id)).toMatchObject({ [x]: 2, [z]: 1 });
    expect(Object.keys(await mentionsIn(result.article.id)).filter((id) => id === y)).toEqual([]);
  });

  it('links again when an entity its linker knows was deleted, and proposes its name instead', async () => {
    const s = uniqueSuffix();
    const names = { gone: `Oleg Zarembovsky${s}`, stays: `Irina Golubeva${s}` };
    const [gone, stays] = await Promise.all(
      Object.values(names).map((name) => createEntity(ingestService.url, { kind: 'PERSON', name })),
    );
    if (!gone || !stays) throw new Error('entities were not created');
    made.entities.push(gone, stays);
    const text = (tag: string): string =>
      `Pier report ${s} ${tag}\n\n${names.gone} and ${names.stays} inspected the pier in ${tag}.`;
    const before = await ingest(text('Riga'));
    expect(await mentionsIn(before.article.id)).toEqual({ [gone]: 1, [stays]: 1 });
    await t.query('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id: gone });

    const result = await ingest(text('Tallinn'));
    expect(result.linked.map((l) => l.entity.id)).toContain(stays);
    expect(result.linked.map((l) => l.entity.id)).not.toContain(gone);
    expect(await mentionsIn(result.article.id)).toEqual({ [stays]: 1 });
    // Linked afresh, the name of the deleted entity is an unknown name again: proposed, not swallowed.
    expect(result.candidates.map((c) => c.name)).toContain(names.gone);
  });
});
