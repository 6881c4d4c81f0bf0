import { KgGraph, KgTimeline } from '../src/index.js';
import { query, subscribe, type Connection, type Subscription } from '../src/client.js';
import { kindStyle, relationLabel } from '../src/kinds.js';

/**
 * The demo dashboard at /dashboard: an entity picker fed by `search`, the entity's neighbourhood
 * (<kg-graph>) and timeline (<kg-timeline>), a card with the entity's names and export links, and a feed of
 * what is being added to the graph. The choice lives in the URL (?entity=…&depth=…), so a view can be shared.
 */

function $<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`dashboard: #${id} is missing`);
  return found;
}

const search = $('search', HTMLInputElement);
const results = $('results', HTMLUListElement);
const depth = $('depth', HTMLSelectElement);
const apiKey = $('api-key', HTMLInputElement);
const graph = $('graph', KgGraph);
const timeline = $('timeline', KgTimeline);
const card = $('card', HTMLElement);
const feed = $('feed', HTMLOListElement);
const intro = $('intro', HTMLElement);
const suggestions = $('suggestions', HTMLUListElement);
const liveIndicator = $('live', HTMLElement);

const KEY_STORAGE = 'kg-dashboard-api-key';
apiKey.value = sessionStorage.getItem(KEY_STORAGE) ?? '';

const connection = (): Connection => ({
  endpoint: new URL('/graphql', location.href).href,
  apiKey: apiKey.value.trim() || null,
});

interface EntitySummary {
  id: string;
  name: string;
  kind: string;
}

const ENTITY_KINDS = ['PERSON', 'ORGANISATION', 'PLACE', 'ROUTE', 'AGREEMENT', 'EVENT'];

const SEARCH = /* GraphQL */ `
  query DashboardSearch($text: NonEmptyString!, $kinds: [SearchKind!]) {
    search(text: $text, kinds: $kinds, first: 8) {
      matchedOn
      passage {
        text
      }
      node {
        ... on Entity {
          id
          name
          kind
        }
      }
    }
  }
`;
const TOP_ENTITIES = /* GraphQL */ `
  query DashboardSuggestions {
    entities(sort: MENTIONS_DESC, first: 8) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`;
const ENTITY = /* GraphQL */ `
  query DashboardEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      kind
      description
      aliases
    }
  }
`;
const FEED = /* GraphQL */ `
  subscription DashboardArticles {
    articleIngested {
      article {
        id
        title
        outlet
      }
      entities {
        id
        name
      }
    }
  }
`;
const FEED_RELATIONS = /* GraphQL */ `
  subscription DashboardRelations {
    relationAdded {
      change
      relation {
        id
        type
        subject {
          id
          name
        }
        object {
          id
          name
        }
      }
    }
  }
`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function swatch(kind: string): HTMLElement {
  const dot = el('span', undefined, 'swatch');
  dot.style.background = kindStyle(kind).colour;
  return dot;
}

// ----- choosing an entity ----------------------------------------------------------------------------------

function choose(id: string, options: { push?: boolean } = {}): void {
  const params = new URLSearchParams({ entity: id, depth: depth.value });
  const url = `${location.pathname}?${params.toString()}`;
  if (options.push === false) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  intro.hidden = true;
  for (const element of [graph, timeline]) {
    element.setAttribute('entity', id);
    const key = apiKey.value.trim();
    if (key) element.setAttribute('api-key', key);
    else element.removeAttribute('api-key');
  }
  graph.setAttribute('depth', depth.value);
  void showCard(id);
}

/** The card follows the chosen (or clicked) entity; the timeline follows it too. */
async function showCard(id: string): Promise<void> {
  card.hidden = false;
  card.replaceChildren(el('p', 'Loading…', 'muted'));
  try {
    const { entity } = await query<{
      entity: (EntitySummary & { description: string | null; aliases: string[] }) | null;
    }>(connection(), ENTITY, { id });
    if (!entity) throw new Error(`No entity ${id}`);
    const kind = el('p', undefined, 'kind');
    kind.append(swatch(entity.kind), kindStyle(entity.kind).label);
    const parts: HTMLElement[] = [el('h2', entity.name), kind];
    if (entity.description) parts.push(el('p', entity.description));
    const others = entity.aliases.filter((a) => a !== entity.name);
    if (others.length > 0) parts.push(el('p', `Also: ${others.join(' · ')}`, 'aliases'));
    const actions = el('div', undefined, 'actions');
    if (graph.getAttribute('entity') !== id) {
      const centre = el('button', 'Centre the graph here');
      centre.type = 'button';
      centre.addEventListener('click', () => {
        choose(id);
      });
      actions.append(centre);
    }
    parts.push(actions, el('h3', 'Export the neighbourhood'), exportLinks(id));
    card.replaceChildren(...parts);
  } catch (error) {
    card.replaceChildren(el('p', error instanceof Error ? error.message : String(error), 'muted'));
  }
}

/** GraphML and CSV links; with an API key they download through fetch, as a link cannot send the key. */
function exportLinks(id: string): HTMLElement {
  const box = el('div', undefined, 'actions');
  const formats: [string, string][] = [
    ['graphml', 'GraphML (Gephi, yEd)'],
    ['nodes.csv', 'Nodes CSV'],
    ['edges.csv', 'Edges CSV with sources'],
  ];
  for (const [suffix, label] of formats) {
    const link = el('a', label);
    link.href = `/export/neighbourhood/${id}.${suffix}?depth=${depth.value}`;
    link.setAttribute('download', '');
    link.addEventListener('click', (event) => {
      const key = apiKey.value.trim();
      if (!key) return;
      event.preventDefault();
      void download(link.href, key);
    });
    box.append(link);
  }
  return box;
}

async function download(href: string, key: string): Promise<void> {
  const response = await fetch(href, { headers: { 'x-api-key': key } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    alert(body?.errors?.[0]?.message ?? `Export failed (${response.status})`);
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  const url = URL.createObjectURL(await response.blob());
  const a = el('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

// ----- the picker -----------------------------------------------------------------------------------------

let options: EntitySummary[] = [];
let active = -1;
let searchTimer: number | undefined;
let searchController: AbortController | null = null;

function renderOptions(hits: { entity: EntitySummary; alias: string | null }[]): void {
  options = hits.map((h) => h.entity);
  active = options.length > 0 ? 0 : -1;
  results.replaceChildren(
    ...hits.map(({ entity, alias }, i) => {
      const item = el('li');
      item.id = `option-${i}`;
      item.setAttribute('role', 'option');
      item.dataset.id = entity.id;
      item.append(swatch(entity.kind), el('span', entity.name));
      if (alias) item.append(el('span', `“${alias}”`, 'alias'));
      item.append(el('span', kindStyle(entity.kind).label, 'kind'));
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      return item;
    }),
  );
  if (hits.length === 0 && search.value.trim() !== '') results.append(el('li', 'No entity matches', 'muted'));
  results.hidden = search.value.trim() === '';
  search.setAttribute('aria-expanded', String(!results.hidden));
  highlight();
}

function highlight(): void {
  results.querySelectorAll('li[role=option]').forEach((li, i) => {
    li.setAttribute('aria-selected', String(i === active));
  });
  search.setAttribute('aria-activedescendant', active >= 0 ? `option-${active}` : '');
}

function pick(index: number): void {
  const entity = options[index];
  if (!entity) return;
  search.value = entity.name;
  results.hidden = true;
  search.setAttribute('aria-expanded', 'false');
  choose(entity.id);
}

async function runSearch(text: string): Promise<void> {
  searchController?.abort();
  const controller = new AbortController();
  searchController = controller;
  try {
    const data = await query<{
      search: { matchedOn: string; passage: { text: string }; node: Partial<EntitySummary> }[];
    }>(connection(), SEARCH, { text, kinds: ENTITY_KINDS }, controller.signal);
    const hits = data.search.flatMap((h) =>
      h.node.id && h.node.name && h.node.kind
        ? [{ entity: h.node as EntitySummary, alias: h.matchedOn === 'ALIAS' ? h.passage.text : null }]
        : [],
    );
    renderOptions(hits);
  } catch (error) {
    if (controller.signal.aborted) return;
    results.replaceChildren(el('li', error instanceof Error ? error.message : String(error), 'muted'));
    results.hidden = false;
  }
}

search.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  const text = search.value.trim();
  if (text === '') {
    renderOptions([]);
    return;
  }
  searchTimer = window.setTimeout(() => void runSearch(text), 180);
});
search.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (options.length === 0) return;
    active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
    highlight();
  } else if (event.key === 'Enter') {
    event.preventDefault();
    pick(Math.max(active, 0));
  } else if (event.key === 'Escape') {
    results.hidden = true;
  }
});
search.addEventListener('blur', () => {
  results.hidden = true;
});

depth.addEventListener('change', () => {
  const id = graph.getAttribute('entity');
  if (id) choose(id, { push: false });
});
apiKey.addEventListener('change', () => {
  sessionStorage.setItem(KEY_STORAGE, apiKey.value.trim());
  const id = graph.getAttribute('entity');
  if (id) choose(id, { push: false });
  startFeed();
  void loadSuggestions();
});

graph.addEventListener('kg-node-select', (event) => {
  const { id } = (event as CustomEvent<EntitySummary>).detail;
  timeline.setAttribute('entity', id);
  void showCard(id);
});

// ----- suggestions and the live feed ---------------------------------------------------------------------

async function loadSuggestions(): Promise<void> {
  try {
    const data = await query<{ entities: { edges: { node: EntitySummary }[] } }>(
      connection(),
      TOP_ENTITIES,
      {},
    );
    suggestions.replaceChildren(
      ...data.entities.edges.map(({ node }) => {
        const item = el('li');
        const button = el('button');
        button.type = 'button';
        button.append(swatch(node.kind), node.name);
        button.addEventListener('click', () => {
          search.value = node.name;
          choose(node.id);
        });
        item.append(button);
        return item;
      }),
    );
  } catch (error) {
    suggestions.replaceChildren(el('li', error instanceof Error ? error.message : String(error), 'muted'));
  }
}

interface ArticleEvent {
  articleIngested: {
    article: { id: string; title: string | null; outlet: string | null };
    entities: EntitySummary[];
  };
}

interface RelationEvent {
  relationAdded: {
    change: string;
    relation: { type: string; subject: EntitySummary; object: EntitySummary };
  };
}

let feedSubscriptions: Subscription[] = [];

function addToFeed(text: string, href: string | null): void {
  feed.querySelector('li.muted')?.remove();
  const item = el('li');
  item.append(el('time', new Date().toLocaleTimeString()));
  if (href) {
    const link = el('a', text);
    link.href = href;
    item.append(link);
  } else item.append(text);
  feed.prepend(item);
  while (feed.children.length > 50) feed.lastElementChild?.remove();
}

function articleLine(event: ArticleEvent): string {
  const { article, entities } = event.articleIngested;
  const names = entities
    .slice(0, 4)
    .map((e) => e.name)
    .join(', ');
  const outlet = article.outlet ? ` (${article.outlet})` : '';
  return `New article: ${article.title ?? article.id}${outlet}${names ? ` — names ${names}` : ''}`;
}

function relationLine(event: RelationEvent): string {
  const { change, relation } = event.relationAdded;
  const verb = change === 'ACCEPTED' ? 'Accepted' : 'New';
  return `${verb} relationship: ${relation.subject.name} ${relationLabel(relation.type)} ${relation.object.name}`;
}

/** The page's own subscriptions: what is being added to the graph, whatever entity is on screen. */
function startFeed(): void {
  for (const s of feedSubscriptions) s.unsubscribe();
  const status = (state: string) => {
    liveIndicator.dataset.live = state;
    liveIndicator.textContent =
      state === 'live' ? '● live' : state === 'connecting' ? '○ connecting' : '○ offline';
  };
  const failed = (error: Error) => {
    liveIndicator.dataset.live = 'offline';
    liveIndicator.textContent = `○ ${error.message}`;
  };
  feedSubscriptions = [
    subscribe(
      connection(),
      FEED,
      {},
      {
        next: (data) => {
          addToFeed(articleLine(data as ArticleEvent), null);
        },
        error: failed,
        status,
      },
    ),
    subscribe(
      connection(),
      FEED_RELATIONS,
      {},
      {
        next: (data) => {
          const event = data as RelationEvent;
          addToFeed(
            relationLine(event),
            `?entity=${encodeURIComponent(event.relationAdded.relation.subject.id)}`,
          );
        },
        error: failed,
      },
    ),
  ];
}

// ----- start --------------------------------------------------------------------------------------------

window.addEventListener('popstate', () => {
  const id = new URLSearchParams(location.search).get('entity');
  if (id) choose(id, { push: false });
});

const initial = new URLSearchParams(location.search);
const initialDepth = initial.get('depth');
if (initialDepth && ['1', '2', '3'].includes(initialDepth)) depth.value = initialDepth;
const initialEntity = initial.get('entity');
if (initialEntity) choose(initialEntity, { push: false });
void loadSuggestions();
startFeed();
