import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { query } from './client.js';
import { COMMON_ATTRIBUTES, KgElement, liveLabel, type ErrorState, type Status } from './element.js';
import { edgePanel, type Corroboration, type EdgeDetails, type EvidenceItem } from './evidence.js';
import { graphStylesheet } from './graph-style.js';
import { KINDS, kindStyle, relationLabel } from './kinds.js';

cytoscape.use(fcose);

/**
 * <kg-graph entity="org/nordwind-airlines" depth="2" limit="50" endpoint="…" api-key="…">: an entity's
 * neighbourhood (Query.neighbourhood) drawn with Cytoscape.js and the fCoSE force layout. Pan and zoom with the
 * mouse or touch; clicking a node expands it (its own neighbours are added) and fires `kg-node-select`;
 * clicking a relationship shows its evidence (each sentence with the quote marked, the article, and how many
 * articles and outlets support it) and fires `kg-edge-select`. New relationships touching the drawing
 * (Subscription.relationAdded) are added without a reload and ringed, with a `kg-updated` event.
 * `element.state` lists what is drawn; `element.cy` is the Cytoscape instance.
 */

const NEIGHBOURHOOD = /* GraphQL */ `
  query KgNeighbourhood($id: ID!, $depth: PositiveInt!, $limit: PositiveInt!) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) {
      truncated
      nodes {
        id
        name
        kind
      }
      edges {
        id
        type
        source
        target
        role
        time {
          at
          start
          end
        }
        corroboration {
          articles
          outlets
          outletNames
        }
        evidence {
          sentence
          quote
          start
          sentenceStart
          article {
            id
            title
            url
            outlet
            publishedAt
          }
        }
      }
    }
  }
`;

const RELATION_ADDED = /* GraphQL */ `
  subscription KgGraphLive {
    relationAdded {
      change
      relation {
        id
        subject {
          id
        }
        object {
          id
        }
      }
    }
  }
`;

interface NodeData {
  id: string;
  name: string;
  kind: string;
}

interface EdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  time: { at: string | null; start: string | null; end: string | null } | null;
  corroboration: Corroboration;
  evidence: EvidenceItem[];
}

interface Neighbourhood {
  neighbourhood: { truncated: boolean; nodes: NodeData[]; edges: EdgeData[] } | null;
}

interface RelationEvent {
  relationAdded: {
    change: string;
    relation: { id: string; subject: { id: string }; object: { id: string } };
  };
}

export interface GraphState {
  status: Status;
  error: ErrorState | null;
  entity: string | null;
  depth: number;
  truncated: boolean;
  live: string;
  nodes: { id: string; name: string; kind: string; expanded: boolean; fresh: boolean }[];
  edges: { id: string; type: string; source: string; target: string; fresh: boolean }[];
  selected: { group: 'nodes' | 'edges'; id: string } | null;
}

const MAX_DEPTH = 3;
const DEFAULT_LIMIT = 50;

function clampInt(value: string | null, fallback: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** A node already drawn that an edge connects to `id`, if any. */
function neighbourOf(id: string, edges: readonly EdgeData[], cy: Core): string | undefined {
  for (const e of edges) {
    const other = e.source === id ? e.target : e.target === id ? e.source : undefined;
    if (other !== undefined && cy.getElementById(other).nonempty()) return other;
  }
  return undefined;
}

const timeText = (t: EdgeData['time']): string =>
  t === null ? '' : (t.at ?? [t.start, t.end].filter(Boolean).join(' – '));

const TEMPLATE = `
<div class="frame">
  <div class="bar">
    <span class="title">Graph</span><span class="meta"></span><span class="spacer"></span>
    <span class="live"></span>
    <button type="button" class="fit" title="Fit the drawing to the frame">Fit</button>
  </div>
  <div class="body">
    <div class="stage"><div class="cy" role="img"></div></div>
    <aside class="details" aria-live="polite" hidden></aside>
  </div>
  <div class="legend"></div>
</div>`;

const STYLES = `
:host { height: 520px; overflow: hidden; }
.frame { display: flex; flex-direction: column; height: 100%; }
.body { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(220px, 1fr) auto; }
.stage { position: relative; min-height: 220px; }
.cy { position: absolute; inset: 0; }
.details { border-top: 1px solid var(--kg-line); padding: 10px 12px; overflow: auto; max-height: 45vh; font-size: 13px; }
.details[hidden] { display: none; }
@container (min-width: 700px) {
  .body.open { grid-template-columns: minmax(0, 1fr) minmax(260px, 36%); grid-template-rows: minmax(0, 1fr); }
  .details { border-top: none; border-left: 1px solid var(--kg-line); max-height: none; }
}
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.panel-head h3 { margin: 0; font-size: 15px; text-transform: capitalize; }
.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
.ends, .fact, .corroboration { margin: 6px 0; }
.corroboration { color: var(--kg-muted); }
.evidence { margin: 8px 0 0; padding-left: 20px; }
.evidence li { margin-bottom: 10px; }
blockquote { margin: 0 0 4px; font-style: normal; }
cite { display: block; font-style: normal; font-size: 12px; }
.muted { color: var(--kg-muted); }
.node-kind { display: inline-flex; align-items: center; gap: 6px; color: var(--kg-muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 6px 12px; border-top: 1px solid var(--kg-line); font-size: 12px; color: var(--kg-muted); }
.legend span { display: inline-flex; align-items: center; gap: 4px; }
`;

export class KgGraph extends KgElement {
  static readonly observedAttributes = [...COMMON_ATTRIBUTES, 'entity', 'depth', 'limit'];

  /** The Cytoscape instance (created with the first drawing). */
  cy: Core | null = null;
  private truncated = false;
  private readonly expanded = new Set<string>();
  private readonly edgeData = new Map<string, EdgeData>();
  private selected: GraphState['selected'] = null;
  private drawnCentre: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** Whether the user has panned or zoomed: then the drawing is no longer re-fitted for them. */
  private userMoved = false;
  private fitting = false;

  constructor() {
    super(STYLES, TEMPLATE);
    this.find('.fit').addEventListener('click', () => {
      this.userMoved = false;
      this.fitAll();
    });
  }

  get entity(): string | null {
    return this.getAttribute('entity')?.trim() || null;
  }

  get depth(): number {
    return clampInt(this.getAttribute('depth'), 1, MAX_DEPTH);
  }

  private get limit(): number {
    return clampInt(this.getAttribute('limit'), DEFAULT_LIMIT, 500);
  }

  /** What is drawn, for dashboards and tests: read this rather than pixels. */
  get state(): GraphState {
    const cy = this.cy;
    return {
      status: this.status,
      error: this.error,
      entity: this.entity,
      depth: this.depth,
      truncated: this.truncated,
      live: this.live,
      nodes: cy
        ? cy.nodes().map((n) => ({
            id: n.id(),
            name: String(n.data('name')),
            kind: String(n.data('kind')),
            expanded: this.expanded.has(n.id()),
            fresh: n.hasClass('fresh'),
          }))
        : [],
      edges: cy
        ? cy.edges().map((e) => ({
            id: e.id(),
            type: String(e.data('type')),
            source: e.source().id(),
            target: e.target().id(),
            fresh: e.hasClass('fresh'),
          }))
        : [],
      selected: this.selected,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  protected ready(): boolean {
    return this.entity !== null;
  }

  protected idleText(): string {
    return 'Choose an entity to draw its neighbourhood.';
  }

  private async neighbourhood(id: string, depth: number, signal: AbortSignal) {
    const data = await query<Neighbourhood>(
      this.connection,
      NEIGHBOURHOOD,
      { id, depth, limit: this.limit },
      signal,
    );
    if (!data.neighbourhood) throw new Error(`No entity ${id}`);
    return data.neighbourhood;
  }

  /** The centre's neighbourhood plus one hop around every node the user expanded, merged into the drawing. */
  protected async load(signal: AbortSignal): Promise<void> {
    const centre = this.entity;
    if (centre === null) return;
    if (centre !== this.drawnCentre) {
      this.expanded.clear();
      this.selected = null;
      this.userMoved = false;
    }
    const parts = await Promise.all([
      this.neighbourhood(centre, this.depth, signal),
      ...[...this.expanded].map((id) => this.neighbourhood(id, 1, signal)),
    ]);
    if (signal.aborted) return;
    const first = parts[0];
    this.truncated = parts.some((p) => p.truncated);
    const nodes = new Map<string, NodeData>();
    const edges = new Map<string, EdgeData>();
    for (const part of parts) {
      for (const n of part.nodes) nodes.set(n.id, n);
      for (const e of part.edges) edges.set(e.id, e);
    }
    const fresh = centre === this.drawnCentre;
    this.draw(first.nodes[0]?.id ?? centre, [...nodes.values()], [...edges.values()], {
      replace: true,
      fresh,
    });
    this.drawnCentre = centre;
  }

  private ensureCy(): Core {
    if (this.cy) return this.cy;
    const container = this.find('.cy');
    const cy = cytoscape({
      container,
      style: graphStylesheet,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => {
      void this.onNodeTap(event.target as NodeSingular);
    });
    cy.on('tap', 'edge', (event) => {
      this.showEdge((event.target as NodeSingular).id());
    });
    cy.on('viewport', () => {
      if (!this.fitting) this.userMoved = true;
    });
    // The frame can change size after the first drawing (the page settles, the panel opens, a phone turns).
    this.resizeObserver = new ResizeObserver(() => {
      cy.resize();
      if (!this.userMoved) this.fitAll();
    });
    this.resizeObserver.observe(container);
    this.cy = cy;
    return cy;
  }

  /**
   * Puts nodes and edges on the canvas. `replace` removes what the new data no longer has; `fresh` rings what
   * is new (a live update), otherwise the drawing is laid out from scratch.
   */
  private draw(
    centre: string,
    nodes: NodeData[],
    edges: EdgeData[],
    options: { replace: boolean; fresh: boolean; around?: string },
  ): { nodes: string[]; edges: string[] } {
    const cy = this.ensureCy();
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    const added = { nodes: [] as string[], edges: [] as string[] };
    cy.batch(() => {
      if (options.replace)
        cy.elements()
          .filter((el) => !wanted.has(el.id()))
          .remove();
      if (!options.fresh) cy.elements().removeClass('fresh');
      const definitions: ElementDefinition[] = [];
      for (const n of nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data({ name: n.name, kind: n.kind });
          continue;
        }
        added.nodes.push(n.id);
        // A node added to a drawing starts next to a node it connects to, so the layout only nudges it.
        const anchor = cy.getElementById(options.around ?? neighbourOf(n.id, edges, cy) ?? '');
        definitions.push({
          group: 'nodes',
          data: { ...n },
          classes: options.fresh ? 'fresh' : '',
          ...(anchor.nonempty()
            ? { position: { x: anchor.position('x') + 20, y: anchor.position('y') + 20 } }
            : {}),
        });
      }
      for (const e of edges) {
        this.edgeData.set(e.id, e);
        if (cy.getElementById(e.id).nonempty()) continue;
        added.edges.push(e.id);
        definitions.push({
          group: 'edges',
          data: { id: e.id, source: e.source, target: e.target, type: e.type, label: relationLabel(e.type) },
          classes: options.fresh ? 'fresh' : '',
        });
      }
      cy.add(definitions);
      cy.nodes().removeClass('centre');
      cy.getElementById(centre).addClass('centre');
      for (const id of this.expanded) cy.getElementById(id).addClass('expanded');
    });
    const incremental = options.fresh || options.around !== undefined;
    if (!incremental || added.nodes.length > 0) {
      cy.layout({
        name: 'fcose',
        quality: 'default',
        randomize: !incremental,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 9000,
        idealEdgeLength: 90,
      } as cytoscape.LayoutOptions).run();
    }
    if (!incremental || (added.nodes.length > 0 && !this.userMoved)) this.fitAll();
    if (incremental && (added.nodes.length > 0 || added.edges.length > 0)) {
      this.emit('kg-updated', { added });
    }
    return added;
  }

  /** Fits the whole drawing into the frame, without counting as the user's own panning. */
  private fitAll(): void {
    const cy = this.cy;
    if (!cy || cy.elements().empty()) return;
    this.fitting = true;
    try {
      cy.fit(undefined, 30);
    } finally {
      this.fitting = false;
    }
  }

  private async onNodeTap(node: NodeSingular): Promise<void> {
    const id = node.id();
    this.select('nodes', id);
    this.emit('kg-node-select', { id, name: node.data('name') as string, kind: node.data('kind') as string });
    this.showNode(id);
    if (this.expanded.has(id) || id === this.entity) return;
    this.expanded.add(id);
    try {
      const part = await this.neighbourhood(id, 1, new AbortController().signal);
      this.truncated ||= part.truncated;
      this.draw(this.entity ?? id, part.nodes, part.edges, { replace: false, fresh: false, around: id });
      this.emit('kg-node-expand', { id });
      this.render();
    } catch (error) {
      this.expanded.delete(id);
      this.emit('kg-live-error', {
        message: error instanceof Error ? error.message : String(error),
        code: null,
      });
    }
  }

  private select(group: 'nodes' | 'edges', id: string): void {
    const cy = this.cy;
    if (!cy) return;
    cy.elements().removeClass('selected');
    cy.getElementById(id).addClass('selected');
    this.selected = { group, id };
  }

  /** Shows a relationship's evidence; also callable by a dashboard (`graph.showEdge(id)`). */
  showEdge(id: string): void {
    const data = this.edgeData.get(id);
    const cy = this.cy;
    if (!data || !cy) return;
    this.select('edges', id);
    const name = (nodeId: string) => String(cy.getElementById(nodeId).data('name') ?? nodeId);
    const details: EdgeDetails = {
      id,
      type: data.type,
      subject: name(data.source),
      object: name(data.target),
      role: data.role,
      time: timeText(data.time),
      evidence: data.evidence,
      corroboration: data.corroboration,
    };
    const panel = this.find('.details');
    panel.replaceChildren(
      edgePanel(details, () => {
        this.closeDetails();
      }),
    );
    this.openDetails(panel);
    this.emit('kg-edge-select', { id, type: data.type, source: data.source, target: data.target });
  }

  private showNode(id: string): void {
    const node = this.cy?.getElementById(id);
    if (!node || node.empty()) return;
    const panel = this.find('.details');
    const head = document.createElement('div');
    head.className = 'panel-head';
    const title = document.createElement('h3');
    title.textContent = String(node.data('name'));
    title.style.textTransform = 'none';
    head.append(title);
    const kind = document.createElement('p');
    kind.className = 'node-kind';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = kindStyle(String(node.data('kind'))).colour;
    kind.append(swatch, `${kindStyle(String(node.data('kind'))).label} · ${id}`);
    const hint = document.createElement('p');
    hint.className = 'muted';
    hint.textContent = `${node.connectedEdges().length} relationships drawn. Click a relationship to see its sources.`;
    const centre = document.createElement('button');
    centre.type = 'button';
    centre.textContent = 'Centre the graph here';
    centre.addEventListener('click', () => {
      this.setAttribute('entity', id);
    });
    panel.replaceChildren(head, kind, hint, ...(id === this.entity ? [] : [centre]));
    this.openDetails(panel);
  }

  /** Shows the side panel (below the drawing when the frame is narrow). */
  private openDetails(panel: HTMLElement): void {
    panel.hidden = false;
    this.find('.body').classList.add('open');
  }

  private closeDetails(): void {
    this.find('.details').hidden = true;
    this.find('.body').classList.remove('open');
    this.cy?.elements().removeClass('selected');
    this.selected = null;
  }

  protected render(): void {
    const cy = this.cy;
    const centre = this.entity ? cy?.getElementById(this.entity) : undefined;
    const title = centre?.nonempty() ? String(centre.data('name')) : 'Graph';
    this.find('.title').textContent = title;
    const meta =
      cy && this.status === 'ready'
        ? `${cy.nodes().length} entities · ${cy.edges().length} relationships${this.truncated ? ' · limit reached' : ''}`
        : '';
    this.find('.meta').textContent = meta;
    this.find('.cy').setAttribute('aria-label', `Graph around ${title}: ${meta}`);
    const present = new Set(cy?.nodes().map((n) => String(n.data('kind'))) ?? []);
    this.find('.legend').replaceChildren(
      ...KINDS.filter((k) => present.has(k)).map((k) => {
        const item = document.createElement('span');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = kindStyle(k).colour;
        item.append(swatch, kindStyle(k).label);
        return item;
      }),
    );
    this.renderLive();
  }

  protected renderLive(): void {
    liveLabel(this.find('.live'), this.live);
  }

  protected liveQueries() {
    return [
      {
        document: RELATION_ADDED,
        variables: {},
        onEvent: (data: unknown) => {
          const { relation } = (data as RelationEvent).relationAdded;
          const cy = this.cy;
          if (!cy) return;
          const touches = [relation.subject.id, relation.object.id].some((id) =>
            cy.getElementById(id).nonempty(),
          );
          if (touches) void this.refresh();
        },
      },
    ];
  }
}
