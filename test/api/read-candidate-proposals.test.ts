// What ingestion proposes, read over real HTTP by an editor: candidates with a category, their variants
// grouped, an "alias of" suggestion with its reason, and mentions that say which alias an article taught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { openTestDb, type TestDb } from '../support/db.js';
import { asEditor, gql, startTestService, uniqueSuffix } from '../support/service.js';

let service: RunningService;
let t: TestDb;
const s = uniqueSuffix();
const PLACE = `Kamch${s}`;
let articleId = '';

interface CandidateData {
  name: string;
  kindGuess: string | null;
  category: string;
  variants: string[];
  aliasOf: { entity: { id: string }; reason: string } | null;
  sightings: { start: number; end: number }[];
}
let candidates: CandidateData[] = [];

beforeAll(async () => {
  service = await startTestService();
  t = await openTestDb();
  const res = await gql<{ ingestArticle: { article: { id: string }; candidates: CandidateData[] } }>(
    service.url,
    /* GraphQL */ `
      mutation ($input: IngestArticleInput!) {
        ingestArticle(input: $input) {
          article {
            id
          }
          candidates {
            name
            kindGuess
            category
            variants
            aliasOf {
              entity {
                id
              }
              reason
            }
            sightings {
              start
              end
            }
          }
        }
      }
    `,
    {
      input: {
        source: `proposals-${s}.txt`,
        text: [
          `Fisheries talks ${s}`,
          '',
          `PYONGYANG, Aug 5 (KCNA) -- Officials of the Ministry of ${PLACE} Fisheries met in Pyongyang.`,
          `The ${PLACE} Fisheries Ministry said a Tupolev Tu-204 of Nordwind would fly there, and fans of Kim Jung Un memes laughed.`,
        ].join('\n'),
      },
    },
    asEditor,
  );
  const result = res.body.data?.ingestArticle;
  if (!result) throw new Error(JSON.stringify(res.body.errors));
  articleId = result.article.id;
  candidates = result.candidates;
});
afterAll(async () => {
  await t.query(
    `MATCH (a:Article {id: $id})
     OPTIONAL MATCH (c:Candidate)-[:PROPOSED_IN]->(a)
     WHERE NOT EXISTS { (c)-[:PROPOSED_IN]->(o:Article) WHERE o.id <> $id }
     DETACH DELETE c, a`,
    { id: articleId },
  );
  await t.close();
  await service.stop();
});

const byName = (name: string): CandidateData | undefined => candidates.find((c) => c.name === name);

describe('candidates as an editor sees them', () => {
  it('groups the spellings of one name into one candidate, with a sighting for each', () => {
    const ministry = byName(`Ministry of ${PLACE} Fisheries`);
    expect(ministry).toMatchObject({
      category: 'ORGANISATION',
      kindGuess: 'ORGANISATION',
      variants: [`Ministry of ${PLACE} Fisheries`, `${PLACE} Fisheries Ministry`],
    });
    expect(ministry?.sightings).toHaveLength(2);
    expect(candidates.filter((c) => c.name.includes('Fisheries'))).toHaveLength(1);
  });

  it('says what a name is when no entity kind can: a news agency, a product', () => {
    expect(byName('KCNA')).toMatchObject({ category: 'NEWS_AGENCY', kindGuess: 'ORGANISATION' });
    expect(byName('Tupolev Tu-204')).toMatchObject({ category: 'PRODUCT', kindGuess: null });
  });

  it('proposes a near miss of a known name as its alias, with the reason', () => {
    expect(byName('Kim Jung Un')?.aliasOf).toEqual({
      entity: { id: 'person/kim-jong-un' },
      reason: 'one letter from "Kim Jong Un"',
    });
  });

  it('lists the same fields in the review queue', async () => {
    const res = await gql<{ candidates: { edges: { node: CandidateData }[] } }>(
      service.url,
      '{ candidates(first: 100) { edges { node { name category variants aliasOf { entity { id } reason } } } } }',
      {},
      asEditor,
    );
    const listed = res.body.data?.candidates.edges.map((e) => e.node) ?? [];
    expect(listed.find((c) => c.name === 'Kim Jung Un')?.aliasOf?.entity.id).toBe('person/kim-jong-un');
    expect(listed.find((c) => c.name === `Ministry of ${PLACE} Fisheries`)?.variants).toHaveLength(2);
  });
});

describe('aliases an article taught', () => {
  it('shows on the mention how the linker found a spelling that was none of the entity’s names', async () => {
    const res = await gql<{
      article: {
        mentions: { edges: { node: { surface: string; learntAs: string | null; entity: { id: string } } }[] };
      };
    }>(
      service.url,
      'query($id: ID!) { article(id: $id) { mentions(first: 100) { edges { node { surface learntAs entity { id } } } } } }',
      { id: articleId },
    );
    const mentions = res.body.data?.article.mentions.edges.map((e) => e.node) ?? [];
    expect(mentions).toContainEqual({
      surface: 'Nordwind',
      learntAs: 'SHORT_FORM',
      entity: { id: 'org/nordwind-airlines' },
    });
    expect(mentions).toContainEqual({
      surface: 'Pyongyang',
      learntAs: null,
      entity: { id: 'place/pyongyang' },
    });
  });
});
