import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.http).toMatchObject({ host: '127.0.0.1', port: 4000 });
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.provider).toBe('auto');
    expect(c.auth).toEqual({ keys: [], readsRequireAuth: false });
    expect(c.limits.maxPathHops).toBe(6);
    expect(c.events.redisUrl).toBeUndefined();
    expect(c.cache.maxAgeSeconds).toBe(60);
  });

  it('reads the Redis URL and the cache max-age', () => {
    const c = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6390/0', CACHE_MAX_AGE: '0' });
    expect(c.events.redisUrl).toBe('redis://127.0.0.1:6390/0');
    expect(c.cache.maxAgeSeconds).toBe(0);
  });

  it('parses API keys with their roles', () => {
    const c = loadConfig({ API_KEYS: 'reader:aaaaaaaaaaaaaaaa, editor:bbbbbbbbbbbbbbbb' });
    expect(c.auth.keys).toEqual([
      { role: 'reader', key: 'aaaaaaaaaaaaaaaa' },
      { role: 'editor', key: 'bbbbbbbbbbbbbbbb' },
    ]);
  });

  it.each([
    ['PORT', 'eighty'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['API_KEYS', 'admin:cccccccccccccccc'],
    ['API_KEYS', 'reader:short'],
    ['READS_REQUIRE_AUTH', 'maybe'],
    ['MAX_PATH_HOPS', '7'],
    ['NEO4J_LOCAL_HEAP', 'lots'],
    ['REDIS_URL', 'localhost:6379'],
    ['CACHE_MAX_AGE', '-1'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration:\\n  ${name}[.:]`),
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).http.port).toBe(4000);
  });
});
