import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repoRoot } from '../../src/config.js';

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

  it('is production unless the operator asks for development', () => {
    expect(loadConfig({}).env).toBe('production');
    expect(loadConfig({ NODE_ENV: '' }).env).toBe('production');
    expect(loadConfig({ NODE_ENV: 'development' }).env).toBe('development');
  });

  it('reads the corpus shipped in the repository, whatever the working directory', () => {
    const shipped = join(repoRoot, 'data', 'corpus');
    expect(loadConfig({}).corpusDir).toBe(shipped);
    const cwd = process.cwd();
    try {
      process.chdir(join(repoRoot, 'src'));
      expect(loadConfig({}).corpusDir).toBe(shipped);
      expect(loadConfig({ CORPUS_DIR: 'data/corpus' }).corpusDir).toBe(shipped);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['a missing folder', 'data/no-such-corpus'],
    ['a file', 'data/corpus/manifest.json'],
    ['a path through a file', 'data/corpus/manifest.json/articles'],
  ])('refuses a CORPUS_DIR that is %s, in one line naming the variable', (_what, dir) => {
    const load = () => loadConfig({ CORPUS_DIR: dir });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/^CORPUS_DIR: no folder at \/.+\(set CORPUS_DIR to a folder of articles/);
    try {
      load();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toContain(join(repoRoot, dir));
    }
  });

  it('does not need the corpus when it will not seed', () => {
    expect(loadConfig({ CORPUS_DIR: 'data/no-such-corpus', SEED_ON_EMPTY: 'false' }).seedOnEmpty).toBe(false);
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
    ['HEAP_GROWING_PERCENT', '301'],
    ['HEAP_GROWING_PERCENT', '-5'],
    ['HEAP_GROWING_PERCENT', 'some'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration:\\n  ${name}[.:]`),
    );
  });

  it('caps heap growth at 2.5 times the live size unless told otherwise', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(150);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).http.port).toBe(4000);
  });
});
