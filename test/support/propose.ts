import { proposeCandidates } from '../../src/ingest/candidates.js';
import type { EntityKind } from '../../src/graph/relation-types.js';
import { createLinker } from '../../src/ingest/linker.js';
import { proposeContext } from '../../src/ingest/propose/context.js';
import { proposeArticle, type Proposal, type ProposalEnd } from '../../src/ingest/propose/index.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const PREFIX: Record<EntityKind, string> = {
  Person: 'person/',
  Organisation: 'org/',
  Place: 'place/',
  Route: 'route/',
  Agreement: 'agreement/',
  Event: 'event/',
};

/** Known entities as `Kind:Name|Alias` strings; ids are `<prefix><slug>`. */
export function entities(...specs: string[]) {
  return specs.map((spec) => {
    const [kind, names] = spec.split(':') as [EntityKind, string];
    const [name = '', ...aliases] = names.split('|');
    return {
      id: `${PREFIX[kind]}${name.toLowerCase().replace(/\W+/g, '-')}`,
      kind,
      name,
      aliases: [name, ...aliases],
    };
  });
}

/** Runs the propose stage the way analysis does: split, link against `known`, candidates, propose. */
export function propose(
  text: string,
  known: ReturnType<typeof entities>,
  publishedAt: string | null = null,
): Proposal[] {
  const linker = createLinker(known);
  const sentences = splitSentences(text);
  const mentions = linker.link(text, sentences);
  const candidates = proposeCandidates(text, sentences, mentions);
  return proposeArticle({ text, publishedAt, sentences, mentions, candidates }, proposeContext(linker));
}

export const endName = (e: ProposalEnd): string => (e.type === 'described' ? `[${e.name}]` : e.name);

/** Relations as `TYPE subject → object` lines, for readable assertions. */
export const relations = (ps: readonly Proposal[]): string[] =>
  ps.flatMap((p) =>
    p.kind === 'relation' ? [`${p.type} ${endName(p.subject)} → ${endName(p.object)}`] : [],
  );

export const statements = (ps: readonly Proposal[]): string[] =>
  ps.flatMap((p) => (p.kind === 'statement' ? [`${p.speaker.name}: ${p.quote}`] : []));

/** compromise loads its lexicon on first use (seconds on a busy machine): pay it in a hook, not in a test. */
export function warmUp(): void {
  propose('Warm up.', []);
}
