// Authentication over real HTTP: API keys in x-api-key or Authorization: Bearer, 401 for a key that is not
// valid, and READS_REQUIRE_AUTH deciding whether anonymous callers may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../src/service.js';
import { EDITOR_KEY, READER_KEY, gql, startTestService } from '../support/service.js';

const READ = '{ entity(id: "person/sergei-shoigu") { id } }';

describe('with anonymous reads allowed (the default)', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('lets anonymous callers and both roles read, with the key in either header', async () => {
    for (const headers of [
      {},
      { 'x-api-key': READER_KEY },
      { authorization: `Bearer ${READER_KEY}` },
      { 'x-api-key': EDITOR_KEY, authorization: `bearer ${EDITOR_KEY}` },
    ]) {
      const res = await gql<{ entity: { id: string } }>(service.url, READ, {}, headers);
      expect(res.status, JSON.stringify(Object.keys(headers))).toBe(200);
      expect(res.body.data?.entity.id).toBe('person/sergei-shoigu');
    }
  });

  it('answers 401 UNAUTHENTICATED for keys that are not valid, without echoing them', async () => {
    const wrong = 'not-a-configured-key-0123456789';
    for (const headers of [
      { 'x-api-key': wrong },
      { authorization: `Bearer ${wrong}` },
      { authorization: `Basic ${Buffer.from(`user:${wrong}`).toString('base64')}` },
      { 'x-api-key': READER_KEY, authorization: `Bearer ${EDITOR_KEY}` },
      { 'x-api-key': `${READER_KEY}x` },
    ]) {
      const res = await gql(service.url, READ, {}, headers);
      expect(res.status).toBe(401);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(READER_KEY);
      expect(text).not.toContain(EDITOR_KEY);
    }
  });
});

describe('with READS_REQUIRE_AUTH=true', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startTestService({ READS_REQUIRE_AUTH: 'true' });
  });
  afterAll(async () => {
    await service.stop();
  });

  it('refuses anonymous reads with 401 and serves readers and editors', async () => {
    const anonymous = await gql(service.url, READ);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();

    const introspection = await gql(service.url, '{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(401);

    for (const key of [READER_KEY, EDITOR_KEY]) {
      const res = await gql<{ entity: { id: string } }>(service.url, READ, {}, { 'x-api-key': key });
      expect(res.status).toBe(200);
      expect(res.body.data?.entity.id).toBe('person/sergei-shoigu');
    }
  });

  it('still refuses readers writes with 403', async () => {
    const res = await gql(
      service.url,
      'mutation { addAlias(entityId: "person/sergei-shoigu", alias: "S. Shoigu") { id } }',
      {},
      { 'x-api-key': READER_KEY },
    );
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
