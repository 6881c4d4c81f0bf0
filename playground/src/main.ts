// GraphiQL 5, bundled: Monaco's workers (setup-workers/vite), fonts and CSS all come from this build, so
// the page works with no network beyond its own origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './style.css';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { DEFAULT_HEADERS, exampleTabs } from './examples.js';
import { createFetcher } from './fetcher.js';

/** Same origin, relative: works behind any host, port or TLS-terminating proxy. */
const ENDPOINT = '/graphql';

const container = document.getElementById('graphiql');
if (container === null) throw new Error('playground: #graphiql element missing from index.html');
container.textContent = '';

createRoot(container).render(
  createElement(
    StrictMode,
    {},
    createElement(GraphiQL, {
      fetcher: createFetcher(ENDPOINT),
      defaultTabs: exampleTabs,
      defaultHeaders: DEFAULT_HEADERS,
      defaultEditorToolsVisibility: 'headers',
      // The API key stays out of localStorage unless the user opts in from the settings dialog.
      shouldPersistHeaders: false,
    }),
  ),
);
