import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Auth, Authenticate, Context, Role } from './context.js';

/**
 * Who may do what. Callers present an API key from the configuration (`API_KEYS=role:key,...`) in an
 * `x-api-key` header or as `Authorization: Bearer <key>`; no key at all is the anonymous caller. Readers may
 * read, editors may also write. Whether anonymous callers may read is a setting (`READS_REQUIRE_AUTH`).
 *
 * Keys are compared as SHA-256 digests with `timingSafeEqual`, against every configured key, so neither the
 * time taken nor an early exit tells a caller how much of a guess was right. No key, digest or header value is
 * ever put into an error message or a log line.
 */

export interface ApiKey {
  role: 'reader' | 'editor';
  key: string;
}

/** What a request presents: nothing, one key, or credentials that cannot be used (and why). */
export type Presented = { kind: 'none' } | { kind: 'key'; key: string } | { kind: 'invalid'; reason: string };

type Headers = Record<string, string | string[] | undefined>;

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** Reads the key a request presents, from `x-api-key` or `Authorization: Bearer`, without judging it. */
export function presentedKey(headers: Headers): Presented {
  const rawApiKey = headers['x-api-key'];
  const rawAuthorization = headers.authorization;
  if (Array.isArray(rawApiKey) || Array.isArray(rawAuthorization)) {
    return { kind: 'invalid', reason: 'Send one API key, in one header' };
  }
  // An empty header is what many clients send when no key is configured: the same as no header.
  const apiKey = rawApiKey?.trim() ?? '';
  const authorization = rawAuthorization?.trim() ?? '';
  let bearer = '';
  if (authorization !== '') {
    const match = BEARER.exec(authorization);
    if (!match?.[1]) {
      return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <API key>"' };
    }
    bearer = match[1];
  }
  if (apiKey !== '' && bearer !== '' && apiKey !== bearer) {
    return { kind: 'invalid', reason: 'The x-api-key and Authorization headers carry different keys' };
  }
  const key = apiKey || bearer;
  return key === '' ? { kind: 'none' } : { kind: 'key', key };
}

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/**
 * How logs name a configured key without revealing it: the first 8 hex digits of its SHA-256, which an operator
 * can compute for each configured key (`printf %s "$KEY" | sha256sum | cut -c1-8`) and nobody can turn back
 * into the key.
 */
export const keyIdOf = (key: string): string => digest(key).toString('hex').slice(0, 8);

/** The configured keys, kept as digests only; `roleOf` answers in the same time whatever the key. */
export class KeyRing {
  private readonly entries: readonly { role: ApiKey['role']; digest: Buffer }[];

  constructor(keys: readonly ApiKey[]) {
    this.entries = keys.map((k) => ({ role: k.role, digest: digest(k.key) }));
  }

  /** The role of a key, or null for a key that is not configured. A key listed twice gets its strongest role. */
  roleOf(key: string): ApiKey['role'] | null {
    const presented = digest(key);
    let reader = false;
    let editor = false;
    // No early exit: every entry is compared, so timing does not depend on where (or whether) a key matched.
    for (const entry of this.entries) {
      const equal = timingSafeEqual(entry.digest, presented);
      if (equal && entry.role === 'editor') editor = true;
      if (equal && entry.role === 'reader') reader = true;
    }
    return editor ? 'editor' : reader ? 'reader' : null;
  }
}

const unauthenticated = (message: string): AppError => new AppError('UNAUTHENTICATED', message);

/** Turns request headers into the caller's role; an unusable or unknown key is UNAUTHENTICATED (HTTP 401). */
export function createAuthenticate(keys: readonly ApiKey[]): Authenticate {
  const ring = new KeyRing(keys);
  return ({ req }) => authenticateHeaders(ring, req.headers);
}

export function authenticateHeaders(ring: KeyRing, headers: Headers): Auth {
  const presented = presentedKey(headers);
  if (presented.kind === 'none') return { role: 'anonymous' };
  if (presented.kind === 'invalid') throw unauthenticated(presented.reason);
  const role = ring.roleOf(presented.key);
  if (role === null) throw unauthenticated('The API key is not valid');
  return { role, keyId: keyIdOf(presented.key) };
}

/** Root query fields that only editors may read (schema.graphql: "Requires the editor role"). */
export const EDITOR_ONLY_QUERY_FIELDS: ReadonlySet<string> = new Set(['candidates', 'proposals']);

export interface AccessPolicy {
  readsRequireAuth: boolean;
  editorOnlyQueryFields: ReadonlySet<string>;
}

/** The access policy the configuration sets, for every way in (HTTP, WebSocket, exports). */
export function accessPolicy(config: Pick<Config, 'auth'>): AccessPolicy {
  return { readsRequireAuth: config.auth.readsRequireAuth, editorOnlyQueryFields: EDITOR_ONLY_QUERY_FIELDS };
}

/**
 * The access rule for one operation, decided before anything executes. Writes (and editor-only reads) need the
 * editor role: anonymous callers get UNAUTHENTICATED (401), readers FORBIDDEN (403). Subscriptions are reads.
 */
export function authorise(
  role: Role,
  operation: OperationTypeNode,
  rootFields: ReadonlySet<string>,
  policy: AccessPolicy,
): void {
  const editorOnly =
    operation === OperationTypeNode.MUTATION ||
    [...rootFields].some((field) => policy.editorOnlyQueryFields.has(field));
  if (editorOnly) {
    if (role === 'anonymous') throw unauthenticated('This operation needs an editor API key');
    if (role !== 'editor') {
      throw new AppError(
        'FORBIDDEN',
        `This operation needs the editor role; the API key has the ${role} role`,
      );
    }
    return;
  }
  if (role === 'anonymous' && policy.readsRequireAuth) {
    throw unauthenticated('Reading needs an API key (x-api-key or Authorization: Bearer)');
  }
}

/** The names of the fields an operation selects at its root, through fragments too. */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/**
 * Enforces `authorise` once the operation is known and before any resolver runs, so a rejected write touches
 * nothing. (An unknown operation name is left to Apollo, which rejects it without executing anything.)
 */
export function authorisationPlugin(config: Pick<Config, 'auth'>): ApolloServerPlugin<Context> {
  const policy = accessPolicy(config);
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, document, contextValue }) => {
          if (operation) {
            authorise(
              contextValue.auth.role,
              operation.operation,
              rootFieldNames(operation, document),
              policy,
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
