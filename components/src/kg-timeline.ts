import { query } from './client.js';
import { COMMON_ATTRIBUTES, KgElement, liveLabel, type ErrorState, type Status } from './element.js';
import { safeHref } from './links.js';
import { formatDate, instant } from './text.js';

/**
 * <kg-timeline entity="org/nordwind-airlines" endpoint="…" api-key="…">: an entity's dated relationships,
 * events, statements and the articles naming it (Query.timeline), oldest first, grouped by year, with a strip
 * that shows at a glance when things happened. Filter chips hide kinds of item. New articles naming the entity
 * and new relationships (Subscription.entityMentioned, relationAdded) appear without a reload, marked "new".
 * `element.state` lists the items.
 */

const TIMELINE = /* GraphQL */ `
  query KgTimeline($id: ID!, $first: PositiveInt!) {
    entity(id: $id) {
      id
      name
    }
    timeline(id: $id, first: $first) {
      __typename
      date
      precision
      summary
      ... on RelationTimelineItem {
        relation {
          id
          type
          evidence {
            article {
              id
              title
              url
            }
          }
        }
      }
      ... on EventTimelineItem {
        event {
          id
          name
        }
      }
      ... on StatementTimelineItem {
        statement {
          id
          speaker {
            name
          }
          article {
            id
            title
            url
          }
        }
      }
      ... on ArticleTimelineItem {
        article {
          id
          title
          url
          outlet
        }
      }
    }
  }
`;

const LIVE_MENTIONS = /* GraphQL */ `
  subscription KgTimelineMentions($id: ID!) {
    entityMentioned(id: $id) {
      article {
        id
      }
    }
  }
`;
const LIVE_RELATIONS = /* GraphQL */ `
  subscription KgTimelineRelations($id: ID!) {
    relationAdded(entityId: $id) {
      relation {
        id
      }
    }
  }
`;

interface Source {
  id: string;
  title: string | null;
  url: string | null;
}

type RawItem = { date: string; precision: string; summary: string } & (
  | {
      __typename: 'RelationTimelineItem';
      relation: { id: string; type: string; evidence: { article: Source }[] };
    }
  | { __typename: 'EventTimelineItem'; event: { id: string; name: string } }
  | {
      __typename: 'StatementTimelineItem';
      statement: { id: string; speaker: { name: string } | null; article: Source };
    }
  | { __typename: 'ArticleTimelineItem'; article: Source & { outlet: string | null } }
);

interface Timeline {
  entity: { id: string; name: string } | null;
  timeline: RawItem[];
}

export type ItemKind = 'RELATION' | 'EVENT' | 'STATEMENT' | 'ARTICLE';

export interface TimelineEntry {
  key: string;
  kind: ItemKind;
  date: string;
  precision: string;
  summary: string;
  /** The article to open, when the item has one. */
  source: Source | null;
}

export interface TimelineState {
  status: Status;
  error: ErrorState | null;
  entity: string | null;
  live: string;
  items: (TimelineEntry & { fresh: boolean })[];
  hidden: ItemKind[];
}

const KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  RELATION: 'Relationship',
  EVENT: 'Event',
  STATEMENT: 'Statement',
  ARTICLE: 'Article',
};
const KIND_COLOURS: Readonly<Record<ItemKind, string>> = {
  RELATION: '#7c3aed',
  EVENT: '#0e7490',
  STATEMENT: '#c2410c',
  ARTICLE: '#475569',
};
const ITEM_KINDS = Object.keys(KIND_LABELS) as ItemKind[];

export function toEntry(item: RawItem): TimelineEntry {
  const base = { date: item.date, precision: item.precision, summary: item.summary };
  switch (item.__typename) {
    case 'RelationTimelineItem':
      return {
        ...base,
        key: `relation:${item.relation.id}`,
        kind: 'RELATION',
        source: item.relation.evidence[0]?.article ?? null,
      };
    case 'EventTimelineItem':
      return { ...base, key: `event:${item.event.id}`, kind: 'EVENT', source: null };
    case 'StatementTimelineItem':
      return {
        ...base,
        key: `statement:${item.statement.id}`,
        kind: 'STATEMENT',
        source: item.statement.article,
      };
    case 'ArticleTimelineItem':
      return {
        ...base,
        key: `article:${item.article.id}`,
        kind: 'ARTICLE',
        summary: item.article.outlet ? `${item.summary} — ${item.article.outlet}` : item.summary,
        source: item.article,
      };
  }
}

const TEMPLATE = `
<div class="frame">
  <div class="bar">
    <span class="title">Timeline</span><span class="meta"></span><span class="spacer"></span><span class="live"></span>
  </div>
  <div class="filters" role="group" aria-label="Kinds of item shown"></div>
  <div class="strip" aria-hidden="true"><div class="axis"></div></div>
  <ol class="items"></ol>
</div>`;

const STYLES = `
:host { height: 420px; overflow: hidden; }
.frame { display: flex; flex-direction: column; height: 100%; }
.filters { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 12px 0; }
.chip { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; font-size: 12px; padding: 1px 10px; }
.chip[aria-pressed='false'] { opacity: 0.45; text-decoration: line-through; }
.strip { position: relative; height: 34px; margin: 6px 16px 0; }
.axis { position: absolute; left: 0; right: 0; top: 14px; border-top: 1px solid var(--kg-line); }
.dot { position: absolute; top: 9px; width: 10px; height: 10px; margin-left: -5px; border-radius: 50%; border: 1px solid #fff; cursor: pointer; padding: 0; }
.tick { position: absolute; top: 20px; font-size: 10px; color: var(--kg-muted); transform: translateX(-50%); white-space: nowrap; }
.items { list-style: none; margin: 0; padding: 4px 12px 12px; overflow: auto; flex: 1; min-height: 0; }
.year { position: sticky; top: 0; background: var(--kg-surface); font-weight: 700; font-size: 13px; padding: 8px 0 4px; border-bottom: 1px solid var(--kg-line); z-index: 1; }
.item { display: grid; grid-template-columns: 92px 12px minmax(0, 1fr); gap: 2px 8px; align-items: baseline; padding: 6px 0; border-bottom: 1px dashed var(--kg-line); }
.item time { color: var(--kg-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.item .swatch { align-self: center; }
.item .what { min-width: 0; overflow-wrap: anywhere; }
.item .kind { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--kg-muted); margin-right: 6px; }
.item .source { display: block; font-size: 12px; }
.item.fresh { background: #fef3c7; }
.item.fresh .kind::after { content: ' · new'; color: #b45309; font-weight: 700; }
.empty { color: var(--kg-muted); padding: 16px 0; }
@container (max-width: 460px) {
  .item { grid-template-columns: 12px minmax(0, 1fr); }
  .item time { grid-column: 2; }
  .item .swatch { grid-row: 1 / span 2; }
}
`;

export class KgTimeline extends KgElement {
  static readonly observedAttributes = [...COMMON_ATTRIBUTES, 'entity', 'first'];

  private entityName: string | null = null;
  private entries: TimelineEntry[] = [];
  private fresh = new Set<string>();
  private loadedFor: string | null = null;
  private readonly hiddenKinds = new Set<ItemKind>();

  constructor() {
    super(STYLES, TEMPLATE);
  }

  get entity(): string | null {
    return this.getAttribute('entity')?.trim() || null;
  }

  private get first(): number {
    const n = Number.parseInt(this.getAttribute('first') ?? '', 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 100) : 100;
  }

  get state(): TimelineState {
    return {
      status: this.status,
      error: this.error,
      entity: this.entity,
      live: this.live,
      items: this.entries.map((e) => ({ ...e, fresh: this.fresh.has(e.key) })),
      hidden: [...this.hiddenKinds],
    };
  }

  protected ready(): boolean {
    return this.entity !== null;
  }

  protected idleText(): string {
    return 'Choose an entity to see its timeline.';
  }

  protected async load(signal: AbortSignal): Promise<void> {
    const id = this.entity;
    if (id === null) return;
    const data = await query<Timeline>(this.connection, TIMELINE, { id, first: this.first }, signal);
    if (signal.aborted) return;
    const entries = data.timeline.map(toEntry);
    // What arrives while the entity is on screen stays marked new; a different entity starts clean.
    const before = new Set(this.entries.map((e) => e.key));
    const sameEntity = this.loadedFor === id;
    const arrived = sameEntity ? entries.filter((e) => !before.has(e.key)).map((e) => e.key) : [];
    const present = new Set(entries.map((e) => e.key));
    this.fresh = new Set([...(sameEntity ? [...this.fresh].filter((k) => present.has(k)) : []), ...arrived]);
    this.entries = entries;
    this.entityName = data.entity?.name ?? id;
    this.loadedFor = id;
    if (arrived.length > 0) this.emit('kg-updated', { added: arrived });
  }

  protected render(): void {
    this.find('.title').textContent = this.entityName ? `Timeline · ${this.entityName}` : 'Timeline';
    const shown = this.entries.filter((e) => !this.hiddenKinds.has(e.kind));
    this.find('.meta').textContent =
      this.status === 'ready' ? `${shown.length} of ${this.entries.length} items` : '';
    this.renderFilters();
    this.renderStrip(shown);
    this.renderItems(shown);
    this.renderLive();
  }

  protected renderLive(): void {
    liveLabel(this.find('.live'), this.live);
  }

  private renderFilters(): void {
    const counts = new Map<ItemKind, number>();
    for (const e of this.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    this.find('.filters').replaceChildren(
      ...ITEM_KINDS.filter((k) => counts.has(k)).map((kind) => {
        const chip = document.createElement('button');
        chip.type = 'button';
        chip.className = 'chip';
        chip.setAttribute('aria-pressed', String(!this.hiddenKinds.has(kind)));
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = KIND_COLOURS[kind];
        chip.append(swatch, `${KIND_LABELS[kind]}s ${counts.get(kind) ?? 0}`);
        chip.addEventListener('click', () => {
          if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
          else this.hiddenKinds.add(kind);
          this.render();
        });
        return chip;
      }),
    );
  }

  /** Dots along a time axis from the first to the last item, with year ticks: the shape of the story. */
  private renderStrip(entries: readonly TimelineEntry[]): void {
    const strip = this.find('.strip');
    strip.replaceChildren(this.find('.axis'));
    strip.hidden = entries.length === 0;
    if (entries.length === 0) return;
    const times = entries.map((e) => instant(e.date));
    const min = Math.min(...times);
    const span = Math.max(Math.max(...times) - min, 1);
    const at = (t: number) => `${((t - min) / span) * 100}%`;
    const firstYear = new Date(min).getUTCFullYear();
    const lastYear = new Date(min + span).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
    for (let year = firstYear; year <= lastYear; year += step) {
      const tick = document.createElement('span');
      tick.className = 'tick';
      tick.style.left = at(Math.max(Date.UTC(year, 0, 1), min));
      tick.textContent = String(year);
      strip.append(tick);
    }
    entries.forEach((entry, i) => {
      const dot = document.createElement('button');
      dot.type = 'button';
      dot.className = 'dot';
      dot.style.left = at(times[i] ?? min);
      dot.style.background = KIND_COLOURS[entry.kind];
      dot.title = `${formatDate(entry.date)}: ${entry.summary}`;
      dot.tabIndex = -1;
      dot.addEventListener('click', () => {
        this.root.querySelector(`[data-key="${CSS.escape(entry.key)}"]`)?.scrollIntoView({ block: 'center' });
      });
      strip.append(dot);
    });
  }

  private renderItems(entries: readonly TimelineEntry[]): void {
    const list = this.find('.items');
    if (this.status === 'ready' && entries.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent =
        this.entries.length === 0 ? 'No dated items for this entity yet.' : 'Every kind is filtered out.';
      list.replaceChildren(empty);
      return;
    }
    const rows: HTMLElement[] = [];
    let year = '';
    for (const entry of entries) {
      const entryYear = entry.date.slice(0, 4);
      if (entryYear !== year) {
        year = entryYear;
        const heading = document.createElement('li');
        heading.className = 'year';
        heading.textContent = year;
        rows.push(heading);
      }
      rows.push(this.row(entry));
    }
    list.replaceChildren(...rows);
  }

  private row(entry: TimelineEntry): HTMLElement {
    const row = document.createElement('li');
    row.className = `item${this.fresh.has(entry.key) ? ' fresh' : ''}`;
    row.dataset.key = entry.key;
    row.dataset.kind = entry.kind;
    const time = document.createElement('time');
    time.dateTime = entry.date;
    time.textContent = formatDate(entry.date);
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = KIND_COLOURS[entry.kind];
    const what = document.createElement('div');
    what.className = 'what';
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = KIND_LABELS[entry.kind];
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = entry.summary;
    what.append(kind, summary);
    const href = safeHref(entry.source?.url ?? null);
    if (entry.source && entry.kind !== 'ARTICLE') {
      const source = document.createElement(href ? 'a' : 'span');
      source.className = 'source';
      source.textContent = entry.source.title ?? 'Untitled article';
      if (source instanceof HTMLAnchorElement && href) {
        source.href = href;
        source.target = '_blank';
        source.rel = 'noopener noreferrer';
      }
      what.append(source);
    } else if (entry.kind === 'ARTICLE' && href) {
      const link = document.createElement('a');
      link.className = 'source';
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = 'Open the article';
      what.append(link);
    }
    row.append(time, swatch, what);
    return row;
  }

  protected liveQueries() {
    const id = this.entity;
    if (id === null) return [];
    const onEvent = () => void this.refresh();
    return [
      { document: LIVE_MENTIONS, variables: { id }, onEvent },
      { document: LIVE_RELATIONS, variables: { id }, onEvent },
    ];
  }
}
