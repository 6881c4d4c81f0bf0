/**
 * References to score against: the curated graph of the corpus (its relations and statements, located in the
 * parsed articles), and the annotated fixtures in test/fixtures/extraction/ (short articles written for this in
 * other outlets' styles, each with the entities the graph knows and the relations and statements it states).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RELATION_TYPES, ENTITY_KINDS } from '../../src/graph/relation-types.js';
import type { CuratedEntity, CuratedGraph } from '../../src/ingest/curated-schema.js';
import { nameKey } from '../../src/ingest/names.js';
import type { LinkableEntity } from '../../src/ingest/linker.js';
import { referenceThings, type ExpectedRelation, type ExpectedStatement, type Reference } from './score.js';

function namesOf(
  entities: readonly { id: string; name: string; aliases: readonly string[] }[],
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const e of entities) {
    for (const alias of new Set([e.name, ...e.aliases].map(nameKey))) {
      names.set(alias, [...new Set([...(names.get(alias) ?? []), e.id])]);
    }
  }
  return names;
}

/** Where a quote stands in an article text (the curated graph cites exact substrings). */
function locate(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  return start < 0 ? { start: -1, end: -1 } : { start, end: start + quote.length };
}

function sortOf(e: CuratedEntity): string {
  if (e.kind === 'Route') return e.mode;
  if (e.kind === 'Event') return e.eventType;
  if (e.kind === 'Agreement') return e.agreementKind;
  return '';
}

export function curatedReference(graph: CuratedGraph, texts: ReadonlyMap<string, string>): Reference {
  const things = referenceThings(
    graph.entities.map((e) => ({ id: e.id, kind: e.kind, sort: sortOf(e) })),
    graph.relations,
  );
  const relations: ExpectedRelation[] = graph.relations.flatMap((r) =>
    r.evidence.map((ev) => ({
      article: ev.article,
      type: r.type,
      subject: r.subject,
      object: r.object,
      quote: ev.quote,
    })),
  );
  const statements: ExpectedStatement[] = graph.statements.map((s) => ({
    article: s.article,
    speaker: s.speaker,
    quote: s.quote,
    ...locate(texts.get(s.article) ?? '', s.quote),
  }));
  return { names: namesOf(graph.entities), things, relations, statements };
}

const fixtureSchema = z.strictObject({
  title: z.string(),
  outlet: z.string(),
  style: z.string(),
  publishedAt: z.string().nullable(),
  text: z.string(),
  entities: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(ENTITY_KINDS),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      /** The route's mode, the event's type, the agreement's kind. */
      sort: z.string().default(''),
    }),
  ),
  relations: z.array(
    z.strictObject({
      type: z.enum(RELATION_TYPES),
      subject: z.string(),
      object: z.string(),
      quote: z.string(),
    }),
  ),
  statements: z.array(z.strictObject({ speaker: z.string(), quote: z.string() })),
});
export type Fixture = z.infer<typeof fixtureSchema> & { file: string };

export async function readFixtures(dir: string): Promise<Fixture[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({
      ...fixtureSchema.parse(JSON.parse(await readFile(join(dir, file), 'utf8'))),
      file,
    })),
  );
}

export function fixtureEntities(f: Fixture): LinkableEntity[] {
  return f.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: [e.name, ...e.aliases] }));
}

/** A fixture's annotations as a reference; `text` is the parsed article text its offsets point into. */
export function fixtureReference(f: Fixture, text: string): Reference {
  return {
    names: namesOf(f.entities),
    things: referenceThings(f.entities, f.relations),
    relations: f.relations.map((r) => ({ ...r, article: f.file })),
    statements: f.statements.map((s) => ({
      article: f.file,
      speaker: s.speaker,
      quote: s.quote,
      ...locate(text, s.quote),
    })),
  };
}
