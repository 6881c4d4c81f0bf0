// A dashboard on another origin, reduced to what matters: Apollo Client 4 with a normalising InMemoryCache
// configured from the service's published `possibleTypes`, entity cards kept up to date by watched queries.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client';
import type { Harness, HarnessGlobal, QueryOutcome, Variables } from './harness.js';

interface CardData {
  entity: {
    name: string;
    relations: { edges: { direction: string; other: { name: string }; node: { type: string } }[] };
  } | null;
}

let client: ApolloClient | undefined;
/** The latest complete result of each watched card. */
const latest = new Map<string, unknown>();
const subscriptions: { unsubscribe(): void }[] = [];

function connected(): ApolloClient {
  if (!client) throw new Error('harness.connect() first');
  return client;
}

/** The card as a person sees it: the entity's name, then one line per relationship. */
function render(card: string, data: CardData): void {
  let section = document.querySelector<HTMLElement>(`section[data-card="${card}"]`);
  if (!section) {
    section = document.createElement('section');
    section.dataset.card = card;
    document.querySelector('#cards')?.append(section);
  }
  const heading = document.createElement('h2');
  heading.textContent = data.entity?.name ?? '(not found)';
  const list = document.createElement('ul');
  for (const edge of data.entity?.relations.edges ?? []) {
    const item = document.createElement('li');
    item.textContent = `${edge.node.type} ${edge.direction} ${edge.other.name}`;
    list.append(item);
  }
  section.replaceChildren(heading, list);
}

const harness: Harness = {
  async connect(serviceUrl, options) {
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    latest.clear();
    document.querySelector('#cards')?.replaceChildren();
    const possibleTypes = options.possibleTypes
      ? ((await (await fetch(`${serviceUrl}/possible-types.json`)).json()) as Record<string, string[]>)
      : {};
    client = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes }),
      link: new HttpLink({ uri: `${serviceUrl}/graphql` }),
    });
  },

  watchCard(card, query, variables) {
    return new Promise((resolve, reject) => {
      const observable = connected().watchQuery({ query: gql(query), variables });
      const subscription = observable.subscribe({
        next: (result) => {
          if (result.error) reject(new Error(result.error.message));
          if (result.dataState !== 'complete') return;
          latest.set(card, result.data);
          render(card, result.data as CardData);
          resolve(result.data);
        },
        error: (error: unknown) => {
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      });
      subscriptions.push(subscription);
    });
  },

  latest: (card) => latest.get(card),

  async query(query, variables, errorPolicy): Promise<QueryOutcome> {
    const result = await connected().query({ query: gql(query), variables, errorPolicy });
    const errors = CombinedGraphQLErrors.is(result.error)
      ? result.error.errors.map((e) => ({ message: e.message, code: e.extensions?.code }))
      : [];
    return { data: result.data, errors };
  },

  read: (query: string, variables: Variables) => connected().readQuery({ query: gql(query), variables }),
};

(globalThis as unknown as HarnessGlobal).harness = harness;
