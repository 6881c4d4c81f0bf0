import { EDITOR_KEY, READER_KEY } from '../../support/service.js';
import { JSON_TYPE, post, PUTIN, type Expected, type HostileCase } from './request.js';

/** Search text is taken literally: Lucene syntax, unbalanced quotes and brackets find things or nothing. */
export function searchText(): HostileCase[] {
  const texts = [
    '"Putin',
    'Putin"',
    '"""',
    "'",
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '[a TO z]',
    '{a TO z}',
    '*',
    '*:*',
    '?',
    '~',
    'Putin~',
    'Putin~0.1',
    'Pu*n',
    'P?tin',
    '/.*/',
    '/[/',
    'name:Putin',
    'id:*',
    'AND',
    'OR',
    'NOT',
    'AND OR NOT',
    '+Putin -Kim',
    '&&',
    '||',
    '!',
    '^',
    'Putin^100',
    '\\',
    '\\"',
    '\\\\\\',
    ':',
    '"Putin AND (Kim',
    'a'.repeat(500),
    'x '.repeat(250),
    '\u200b',
    '🙂',
    'Шойгу',
    '金正恩',
    'شويغو',
  ];
  return texts.map((text) =>
    post(
      'search-text',
      JSON.stringify(text).slice(0, 60),
      'query($t: NonEmptyString!) { search(text: $t, first: 5) { score matchedOn } }',
      null,
      {
        variables: { t: text },
      },
    ),
  );
}

/** Dates, URLs and enums that are not what the schema says. */
export function scalars(): HostileCase[] {
  const f = 'scalars';
  const timeline = (from: unknown) =>
    post(
      f,
      `timeline(from: ${JSON.stringify(from)})`,
      'query($d: PartialDate) { timeline(from: $d, first: 1) { date } }',
      'BAD_USER_INPUT',
      { variables: { d: from } },
    );
  const ingest = (input: Record<string, unknown>, what: string) =>
    post(
      f,
      `ingestArticle ${what}`,
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }',
      'BAD_USER_INPUT',
      {
        as: 'editor',
        variables: { i: { text: 'A short text about Putin.', source: 'hostile', ...input } },
      },
    );
  const badDates = [
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-1-1',
    '25-01-01',
    '2025/01/01',
    '20250101',
    '2025-01-01T00:00:00Z',
    'yesterday',
    '',
    ' 2025',
    '2025-01-32',
    '-2025',
    '+002025-01-01',
    99999,
    true,
  ];
  const badUrls = [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.org/a',
    'data:text/html,<script>',
    'http://',
    '//example.org',
    'example.org/article',
    'http://exa mple.org',
    `https://example.org/${'a'.repeat(2049)}`,
    'https://example.org/\u0000',
    'https://example.org/a b',
    'https://exam\tple.org/',
    'https://example.org/\n',
    ' https://example.org/',
  ];
  return [
    ...badDates.map(timeline),
    ...['2025-02-30', 'not a date', '2025-07-27T10:00:00Z', 20250727].map((d) =>
      ingest({ publishedAt: d }, `publishedAt ${JSON.stringify(d)}`),
    ),
    ...badUrls.map((u) => ingest({ url: u }, `url ${JSON.stringify(u).slice(0, 50)}`)),
    post(
      f,
      'unknown enum value',
      '{ entities(filter: { kinds: [SPACESHIP] }) { totalCount } }',
      'GRAPHQL_VALIDATION_FAILED',
    ),
    post(
      f,
      'enum as a string variable',
      'query($k: EntityKind) { entities(filter: { kind: $k }) { totalCount } }',
      'BAD_USER_INPUT',
      { variables: { k: 'person' } },
    ),
    post(
      f,
      'relation type not in the allow-list',
      'query($t: [RelationType!]) { neighbourhood(id: "person/vladimir-putin", relationTypes: $t) { truncated } }',
      'BAD_USER_INPUT',
      { variables: { t: ['MENTIONS'] } },
    ),
    post(
      f,
      'empty NonEmptyString',
      'query($t: NonEmptyString!) { search(text: $t) { score } }',
      'BAD_USER_INPUT',
      { variables: { t: '   ' } },
    ),
  ];
}

/** Text that is not text: control characters, lone surrogates, and articles at and over the size limit. */
export function text(maxArticleBytes: number): HostileCase[] {
  const f = 'text';
  const ingest = (t: string, what: string, code: Expected) =>
    post(
      f,
      `ingestArticle text ${what}`,
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }',
      code,
      {
        as: 'editor',
        variables: { i: { text: t, source: 'hostile' } },
      },
    );
  const controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f'];
  const surrogates = ['\ud800', '\udfff', '\udc00\ud800', 'a\ud83d'];
  const multiByte = '\u00e9'; // 2 bytes in UTF-8: characters under the cap, bytes over it
  return [
    ...controls.map((c) => ingest(`Putin met Kim.${c}`, `with ${JSON.stringify(c)}`, 'BAD_USER_INPUT')),
    ...surrogates.map((s) =>
      ingest(`Putin met Kim. ${s}`, `with lone surrogate ${JSON.stringify(s)}`, 'BAD_USER_INPUT'),
    ),
    ...controls
      .slice(0, 3)
      .map((c) =>
        post(
          f,
          `addAlias with ${JSON.stringify(c)}`,
          `mutation { addAlias(entityId: "${PUTIN}", alias: ${JSON.stringify(`V.${c}Putin`)}) { id } }`,
          'BAD_USER_INPUT',
          { as: 'editor' },
        ),
      ),
    post(
      f,
      'search with NUL',
      'query($t: NonEmptyString!) { search(text: $t) { score } }',
      'BAD_USER_INPUT',
      { variables: { t: 'Put\u0000in' } },
    ),
    post(
      f,
      'entity id with a lone surrogate',
      'query($id: ID!) { entity(id: $id) { id } }',
      'BAD_USER_INPUT',
      { variables: { id: 'person/\ud800' } },
    ),
    ingest('a'.repeat(maxArticleBytes + 1), `of ${maxArticleBytes + 1} bytes`, 'LIMIT_EXCEEDED'),
    ingest(
      multiByte.repeat(maxArticleBytes / 2 + 1),
      `of ${maxArticleBytes / 2 + 1} two-byte characters`,
      'LIMIT_EXCEEDED',
    ),
    // At the limit the article is accepted (write-ingest.test.ts); with a bad URL it is refused before any work.
    post(
      f,
      `ingestArticle of exactly ${maxArticleBytes} bytes with a bad URL`,
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }',
      'BAD_USER_INPUT',
      {
        as: 'editor',
        variables: {
          i: {
            text: 'Putin met Kim. '
              .repeat(maxArticleBytes / 15)
              .padEnd(maxArticleBytes, 'x')
              .slice(0, maxArticleBytes),
            source: 'hostile',
            url: 'javascript:void(0)',
          },
        },
      },
    ),
    ingest(
      `${'Putin met Kim. '.repeat(maxArticleBytes / 15)}\u0000`.slice(-maxArticleBytes),
      `of ${maxArticleBytes} bytes ending in NUL`,
      'BAD_USER_INPUT',
    ),
  ];
}

/** Writes without the right key, and keys in the wrong places. */
export function callers(): HostileCase[] {
  const f = 'callers';
  const write = `mutation { addAlias(entityId: "${PUTIN}", alias: "Hostile alias") { id } }`;
  const as = (headers: Record<string, string>, name: string, code: string, status: number): HostileCase => ({
    family: f,
    name,
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify({ query: write }),
    code,
    status,
  });
  return [
    as({}, 'no key', 'UNAUTHENTICATED', 401),
    as({ 'x-api-key': READER_KEY }, 'reader key', 'FORBIDDEN', 403),
    as({ 'x-api-key': 'wrong' }, 'wrong key', 'UNAUTHENTICATED', 401),
    as({ 'x-api-key': '' }, 'empty key', 'UNAUTHENTICATED', 401),
    as(
      { 'x-api-key': `${EDITOR_KEY.slice(0, 6)} ${EDITOR_KEY.slice(6)}` },
      'editor key with a space inside',
      'UNAUTHENTICATED',
      401,
    ),
    as({ 'x-api-key': EDITOR_KEY.toUpperCase() }, 'editor key in capitals', 'UNAUTHENTICATED', 401),
    as(
      { 'x-api-key': EDITOR_KEY.slice(0, -1) },
      'editor key less its last character',
      'UNAUTHENTICATED',
      401,
    ),
    as({ 'x-api-key': 'x'.repeat(8000) }, 'an 8 KB key', 'UNAUTHENTICATED', 401),
    as({ 'x-api-key': "' OR 1=1 --" }, 'an injection as the key', 'UNAUTHENTICATED', 401),
    as({ authorization: `Bearer ${READER_KEY}` }, 'reader key as a bearer token', 'FORBIDDEN', 403),
    as({ authorization: 'Bearer' }, 'empty bearer token', 'UNAUTHENTICATED', 401),
    as({ authorization: 'Basic ZWRpdG9yOmVkaXRvcg==' }, 'basic auth', 'UNAUTHENTICATED', 401),
    post(
      f,
      'reader: every mutation in one document',
      `mutation { a: addAlias(entityId: "${PUTIN}", alias: "x") { id } b: undoMerge(mergeId: "merge/x") { id } }`,
      'FORBIDDEN',
      { as: 'reader' },
    ),
    post(f, 'anonymous: candidates review queue', '{ candidates { totalCount } }', [
      'UNAUTHENTICATED',
      'FORBIDDEN',
    ]),
  ];
}
