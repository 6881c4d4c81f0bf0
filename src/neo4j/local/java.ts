import { execFile } from 'node:child_process';

/** What the provider needs to know about the `java` on PATH. */
export interface JavaProbe {
  ok: boolean;
  version?: number;
  reason: string;
}

/** Neo4j 5.26 (the LTS line pinned in version.ts) needs Java 17; 2025.x would need 21. */
export const MIN_JAVA_MAJOR = 17;

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Major version from `java -version` output: `openjdk version "17.0.15" ...` → 17,
 * `java version "1.8.0_292"` → 8 (the old 1.x scheme), `openjdk version "21-ea"` → 21.
 */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Runs `java -version` (it prints to stderr) with a timeout; never throws. */
export async function probeJava(): Promise<JavaProbe> {
  return new Promise((resolve) => {
    execFile('java', ['-version'], { timeout: PROBE_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        resolve({
          ok: false,
          reason: code === 'ENOENT' ? 'java is not on PATH' : `java -version failed: ${error.message}`,
        });
        return;
      }
      const version = parseJavaMajorVersion(`${stderr}\n${stdout}`);
      if (version === undefined) {
        resolve({
          ok: false,
          reason: `could not read a version from java -version: ${stderr.split('\n')[0] ?? ''}`,
        });
        return;
      }
      resolve({ ok: true, version, reason: `java ${String(version)} on PATH` });
    });
  });
}
