import { EDITOR_KEY, READER_KEY } from '../../support/service.js';

/** `null`: answered without any error. A list: each error's code is one of these (and there is one). */
export type Expected = string | null | readonly string[];

export interface HostileCase {
  family: string;
  name: string;
  method?: 'GET' | 'POST' | 'PUT';
  /** Path and query string; /graphql when absent. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  code: Expected;
  /** The HTTP status, when it is part of the contract. */
  status?: number;
}

export type Caller = 'anonymous' | 'reader' | 'editor';
export const KEY_OF: Readonly<Record<Caller, Record<string, string>>> = {
  anonymous: {},
  reader: { 'x-api-key': READER_KEY },
  editor: { 'x-api-key': EDITOR_KEY },
};
export const JSON_TYPE = { 'content-type': 'application/json' };

/** A GraphQL POST the way a client sends it. */
export function post(
  family: string,
  name: string,
  query: string,
  code: Expected,
  options: { variables?: Record<string, unknown>; as?: Caller; status?: number; extra?: object } = {},
): HostileCase {
  return {
    family,
    name,
    headers: { ...JSON_TYPE, ...KEY_OF[options.as ?? 'anonymous'] },
    body: JSON.stringify({ query, variables: options.variables ?? {}, ...options.extra }),
    code,
    ...(options.status === undefined ? {} : { status: options.status }),
  };
}

export const raw = (
  family: string,
  name: string,
  body: string | Buffer,
  code: Expected,
  status: number,
  headers = {},
) => ({
  family,
  name,
  headers: { ...JSON_TYPE, ...headers },
  body,
  code,
  status,
});

export const PUTIN = 'person/vladimir-putin';
export const MISSING = 'person/does-not-exist-hostile';
