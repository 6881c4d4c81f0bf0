// Example operations, one per file under ../examples/, opened as GraphiQL tabs in file-name order.
// GraphiQL titles each tab with the operation name; the first comment line says what the example shows.
const files = import.meta.glob<string>('../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface ExampleTab {
  query: string;
  headers: string;
}

/** The headers template every tab starts with; an empty value is not sent (see fetcher.ts). */
export const DEFAULT_HEADERS = '{\n  "x-api-key": ""\n}';

export const exampleTabs: ExampleTab[] = Object.keys(files)
  .sort()
  .map((path) => ({ query: (files[path] ?? '').trimEnd() + '\n', headers: DEFAULT_HEADERS }));
