import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { parseJavaMajorVersion, type JavaProbe } from '../../src/neo4j/local/java.js';
import { acquireNeo4j, chooseNeo4jSource, type Probes, type SourceFacts } from '../../src/neo4j/provider.js';
import { NEO4J_IMAGE, NEO4J_VERSION } from '../../src/neo4j/version.js';

const docker = { ok: true, reason: 'container runtime at /var/run/docker.sock' };
const noDocker = { ok: false, reason: 'Could not find a working container runtime strategy' };
const java17: JavaProbe = { ok: true, version: 17, reason: 'java 17 on PATH' };
const java11: JavaProbe = { ok: true, version: 11, reason: 'java 11 on PATH' };
const noJava: JavaProbe = { ok: false, reason: 'java is not on PATH' };

const facts = (overrides: Partial<SourceFacts>): SourceFacts => ({
  uriSet: false,
  forced: 'auto',
  containerRuntime: docker,
  java: java17,
  ...overrides,
});

describe('chooseNeo4jSource', () => {
  it('uses NEO4J_URI when set, ahead of Docker and Java', () => {
    expect(chooseNeo4jSource(facts({ uriSet: true })).source).toBe('uri');
  });

  it('starts a container when there is no URI and a runtime answers', () => {
    expect(chooseNeo4jSource(facts({})).source).toBe('container');
  });

  it('falls back to the local launcher without a container runtime, saying why', () => {
    const choice = chooseNeo4jSource(facts({ containerRuntime: noDocker }));
    expect(choice.source).toBe('local');
    expect(choice.reason).toContain('Could not find a working container runtime strategy');
  });

  it('gives none when neither a runtime nor Java 17+ is there', () => {
    expect(chooseNeo4jSource(facts({ containerRuntime: noDocker, java: noJava })).source).toBe('none');
    const old = chooseNeo4jSource(facts({ containerRuntime: noDocker, java: java11 }));
    expect(old).toEqual({ source: 'none', reason: expect.stringContaining('Java 11 found') as unknown });
  });

  it('honours NEO4J_PROVIDER over the automatic order', () => {
    expect(chooseNeo4jSource(facts({ uriSet: true, forced: 'local' })).source).toBe('local');
    expect(chooseNeo4jSource(facts({ uriSet: true, forced: 'container' })).source).toBe('container');
    expect(chooseNeo4jSource(facts({ forced: 'uri' })).source).toBe('none');
    expect(chooseNeo4jSource(facts({ forced: 'container', containerRuntime: noDocker })).source).toBe('none');
    expect(chooseNeo4jSource(facts({ forced: 'local', java: java11 })).source).toBe('none');
  });
});

describe('acquireNeo4j', () => {
  const logger = createLogger('silent');

  it('does not probe Docker or Java when NEO4J_URI is set', async () => {
    const containerRuntime = vi.fn(() => Promise.resolve(docker));
    const java = vi.fn(() => Promise.resolve(java17));
    const config = loadConfig({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'secret' });
    const neo4j = await acquireNeo4j(config, logger, 'service', { containerRuntime, java });
    expect(neo4j).toMatchObject({ uri: 'bolt://db.example:7687', password: 'secret', source: 'uri' });
    expect(containerRuntime).not.toHaveBeenCalled();
    expect(java).not.toHaveBeenCalled();
    await neo4j.stop();
  });

  it('names the three ways to get a Neo4j when none is available', async () => {
    const probes: Probes = {
      containerRuntime: () => Promise.resolve(noDocker),
      java: () => Promise.resolve(noJava),
    };
    const attempt = acquireNeo4j(loadConfig({}), logger, 'test', probes);
    await expect(attempt).rejects.toThrow(/NEO4J_URI[\s\S]*Docker[\s\S]*Java 17\+ and Maven/);
  });
});

describe('parseJavaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['java version "1.8.0_292"', 8],
    ['java version "11.0.2" 2019-01-15 LTS', 11],
  ])('%s → %d', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('gives undefined for output without a version', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});

it('pins one Neo4j version for the image and the launcher', () => {
  expect(NEO4J_IMAGE).toBe(`neo4j:${NEO4J_VERSION}-community`);
});
