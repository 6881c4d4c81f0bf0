/** How each entity kind looks, in the graph and on the timeline: a colour and, for the graph, a shape. */
export type EntityKind = 'PERSON' | 'ORGANISATION' | 'PLACE' | 'ROUTE' | 'AGREEMENT' | 'EVENT';

export interface KindStyle {
  label: string;
  colour: string;
  /** A Cytoscape node shape, so kinds differ by more than colour. */
  shape: string;
}

export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  PERSON: { label: 'Person', colour: '#2563eb', shape: 'ellipse' },
  ORGANISATION: { label: 'Organisation', colour: '#c2410c', shape: 'round-rectangle' },
  PLACE: { label: 'Place', colour: '#047857', shape: 'round-triangle' },
  ROUTE: { label: 'Route', colour: '#7c3aed', shape: 'round-diamond' },
  AGREEMENT: { label: 'Agreement', colour: '#be123c', shape: 'round-hexagon' },
  EVENT: { label: 'Event', colour: '#0e7490', shape: 'round-pentagon' },
};

export const KINDS = Object.keys(KIND_STYLES) as EntityKind[];

const isKind = (kind: string): kind is EntityKind => kind in KIND_STYLES;

export function kindStyle(kind: string): KindStyle {
  return isKind(kind) ? KIND_STYLES[kind] : { label: kind, colour: '#475569', shape: 'ellipse' };
}

/** `HOLDS_OFFICE` → `holds office`. */
export const relationLabel = (type: string): string => type.toLowerCase().replace(/_/g, ' ');
