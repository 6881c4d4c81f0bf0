/**
 * Routes, events and agreements an article describes by what they connect (see DescribedEnd in types.ts), and
 * the relations that description states: a route "from A to B" has ORIGIN A and DESTINATION B; "X and Y held a
 * summit in Z" is an event X and Y PARTICIPATED_IN that TOOK_PLACE_IN Z; "X and Y signed a deal" makes both
 * PARTY_TO it.
 */
import { endKey, relationFrom } from './build.js';
import type { Frame } from './frame.js';
import type { RuleMatch } from './patterns.js';
import type { DescribedEnd, DescribedLink, NamedEnd, ProposalEnd, RelationProposal } from './types.js';

export const isNamed = (end: ProposalEnd | undefined): end is NamedEnd =>
  end !== undefined && (end.type === 'entity' || end.type === 'candidate');

const distinct = (ends: readonly (NamedEnd | undefined)[]): NamedEnd[] => {
  const seen = new Set<string>();
  return ends.filter((e): e is NamedEnd => {
    if (!e || seen.has(endKey(e))) return false;
    seen.add(endKey(e));
    return true;
  });
};

const ROUTE_LABEL: Readonly<Record<string, string>> = {
  air: 'air route',
  rail: 'rail route',
  post: 'postal route',
};

export function routeEnd(
  mode: 'air' | 'rail' | 'post',
  origin: NamedEnd,
  destination: NamedEnd,
  stops: readonly NamedEnd[],
  unordered: boolean,
): DescribedEnd | null {
  if (endKey(origin) === endKey(destination)) return null;
  const links: DescribedLink[] = [
    { type: 'ORIGIN', direction: 'out', end: origin },
    { type: 'DESTINATION', direction: 'out', end: destination },
    ...stops.map((end) => ({ type: 'STOPS_AT' as const, direction: 'out' as const, end })),
  ];
  return {
    type: 'described',
    kind: 'Route',
    sort: mode,
    links,
    unordered,
    name: `${origin.name}–${destination.name} ${ROUTE_LABEL[mode] ?? 'route'}`,
  };
}

export function eventEnd(
  sort: string,
  participants: readonly (NamedEnd | undefined)[],
  place: NamedEnd | undefined,
): DescribedEnd | null {
  const who = distinct(participants);
  if (who.length === 0 && !place) return null;
  const links: DescribedLink[] = [
    ...who.map((end) => ({ type: 'PARTICIPATED_IN' as const, direction: 'in' as const, end })),
    ...(place ? [{ type: 'TOOK_PLACE_IN' as const, direction: 'out' as const, end: place }] : []),
  ];
  const label = who.length > 0 ? who.map((w) => w.name).join('–') : (place?.name ?? '');
  return { type: 'described', kind: 'Event', sort, links, unordered: false, name: `${label} ${sort}` };
}

export function agreementEnd(sort: string, parties: readonly (NamedEnd | undefined)[]): DescribedEnd | null {
  const who = distinct(parties);
  if (who.length === 0) return null;
  return {
    type: 'described',
    kind: 'Agreement',
    sort,
    links: who.map((end) => ({ type: 'PARTY_TO' as const, direction: 'in' as const, end })),
    unordered: false,
    name: `${who.map((w) => w.name).join('–')} ${sort}`,
  };
}

/** The relations a description states, as proposals (none for ORIGIN/DESTINATION of an unordered route). */
export function linkProposals(
  frame: Frame,
  m: RuleMatch,
  described: DescribedEnd,
  rule: string,
  confidence: number,
): RelationProposal[] {
  return described.links.flatMap((link) => {
    if (described.unordered && (link.type === 'ORIGIN' || link.type === 'DESTINATION')) return [];
    const [subject, object]: [ProposalEnd, ProposalEnd] =
      link.direction === 'out' ? [described, link.end] : [link.end, described];
    const p = relationFrom(frame, m, {
      type: link.type,
      subject,
      object,
      rule: `${rule}.${link.type.toLowerCase()}`,
      confidence,
    });
    return p ? [p] : [];
  });
}
