// A fresh clone starts with nothing beside it. The repository's files (tracked, plus new ones not yet
// committed) are copied into an empty temporary folder with no `shared` sibling; node_modules and the Neo4j
// jars are linked in, as `npm install` and the first start would provide them. The service is then built and
// started there as `npm start` does (`npm run build`, then `node dist/src/main.js`), with the default
// configuration apart from the port and the log level: it finds or starts its own Neo4j, seeds the shipped
// corpus, answers, masks errors, and stops on SIGTERM leaving no Java process behind.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, repoRoot } from '../../src/config.js';

// About 15 s on an idle machine; far longer when the two cores are shared with other Neo4j-backed runs.
const START_TIMEOUT_MS = 240_000;

let root: string;
let clone: string;
let child: ChildProcess | undefined;
const output: string[] = [];

/** Tracked and untracked-but-not-ignored files, as a clone after `git add` would have them. */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return [...new Set(listed.split('\0').filter(Boolean))].filter(
    // What a user installs or the service creates is not part of a clone, even where git does not ignore it
    // (node_modules as a symlink is not matched by `node_modules/`).
    (file) => !/^(node_modules|var)(\/|$)/.test(file) && existsSync(join(repoRoot, file)),
  );
}

/** Processes whose command line mentions the folder (the local Neo4j JVM names its data folder). */
function processesUsing(folder: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(folder)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The service's environment: this one minus every variable the service reads, so defaults apply. */
function defaultEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CONFIG_VARIABLES) Reflect.deleteProperty(env, name);
  return { ...env, PORT: '0', LOG_LEVEL: 'info' };
}

const tail = (): string => output.slice(-25).join('\n');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-fresh-clone-'));
  clone = join(root, 'kg-graphql');
  for (const file of repositoryFiles()) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(clone, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  mkdirSync(join(clone, 'var'));
  symlinkSync(join(repoRoot, 'var', 'neo4j-lib'), join(clone, 'var', 'neo4j-lib'), 'dir');
});

afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

describe('a fresh clone', () => {
  it('has nothing beside it', () => {
    expect(readdirSync(root)).toEqual(['kg-graphql']);
    expect(existsSync(join(clone, 'data', 'corpus', 'manifest.json'))).toBe(true);
  });

  it(
    'starts with the default configuration, serves the corpus, and stops cleanly',
    async () => {
      execFileSync('npm', ['run', '--silent', 'build'], { cwd: clone });
      const service = spawn(process.execPath, ['dist/src/main.js'], {
        cwd: clone,
        env: defaultEnvironment(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = service;
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
        service.once('exit', (code, signal) => {
          resolve({ code, signal });
        });
      });
      const ready = new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s:\n${tail()}`));
        }, START_TIMEOUT_MS);
        createInterface({ input: service.stdout }).on('line', (line) => {
          output.push(line);
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'GraphQL service ready' && entry.url) {
            clearTimeout(timer);
            resolve(new URL(entry.url).origin);
          }
        });
        createInterface({ input: service.stderr }).on('line', (line) => output.push(line));
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`exited before it was ready (${String(code ?? signal)}):\n${tail()}`));
        });
      });
      const url = await ready;

      expect((await fetch(`${url}/health/ready`)).status).toBe(200);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{
            articles { totalCount }
            entity(id: "org/nordwind-airlines") { name }
            unknown: entity(id: "person/no-such-person") { id }
          }`,
        }),
      });
      const body = (await res.json()) as {
        data?: { articles: { totalCount: number }; entity: { name: string } };
        errors?: { extensions?: Record<string, unknown> }[];
      };
      expect(body.data?.articles.totalCount, tail()).toBe(5);
      expect(body.data?.entity.name).toBe('Nordwind Airlines');
      // Production behaviour by default: the NOT_FOUND error comes without a stack.
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace/);

      service.kill('SIGTERM');
      expect(await exited, tail()).toEqual({ code: 0, signal: null });
      for (let i = 0; i < 20 && processesUsing(clone).length > 0; i += 1) await sleep(250);
      expect(processesUsing(clone)).toEqual([]);
    },
    START_TIMEOUT_MS + 60_000,
  );
});
