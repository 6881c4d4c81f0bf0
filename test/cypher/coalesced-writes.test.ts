import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { coalesceDriverWrites } from '../../src/neo4j/coalesce-writes.js';
import { openDriver } from '../../src/neo4j/driver.js';

type WriteCallback = (error?: Error | null) => void;
interface SocketWrites {
  _write: (this: net.Socket, chunk: Buffer, encoding: BufferEncoding, callback: WriteCallback) => void;
  _writev: (this: net.Socket, chunks: { chunk: Buffer }[], callback: WriteCallback) => void;
}

// neo4j-driver hands a message to its socket 1,400 bytes at a time; the service corks the socket for a tick
// (src/neo4j/coalesce-writes.ts) so a statement goes out in one system call. Each socket-level write to this
// Neo4j is measured: without the wrapper none exceeds 1,400 bytes, with it the whole RUN message is one.
describe('Bolt writes to Neo4j', () => {
  const { uri, username, password, database } = inject('neo4j');

  it('sends a 6 KB statement in one socket write, and its answer is right', async () => {
    const { driver, closeLog } = await openDriver(
      { uri, username, password, acquisitionTimeoutMs: 10_000 },
      createLogger('silent'),
    );
    const port = Number(new URL(uri).port);
    const socket = net.Socket.prototype as unknown as SocketWrites;
    const { _write: write, _writev: writev } = socket;
    const sizes: number[] = [];
    socket._write = function (chunk, encoding, callback) {
      if (this.remotePort === port) sizes.push(chunk.length);
      write.call(this, chunk, encoding, callback);
    };
    socket._writev = function (chunks, callback) {
      if (this.remotePort === port) sizes.push(chunks.reduce((sum, c) => sum + c.chunk.length, 0));
      writev.call(this, chunks, callback);
    };
    const padding = 'x'.repeat(6_000);
    try {
      const { records } = await driver.executeQuery(
        `RETURN '${padding}' AS padding, $n + 1 AS n`,
        { n: 41 },
        { database },
      );
      expect(records[0]?.get('n')).toBe(42);
      expect(records[0]?.get('padding')).toBe(padding);
    } finally {
      socket._write = write;
      socket._writev = writev;
      await driver.close();
      closeLog();
    }
    expect(coalesceDriverWrites()).toBe(true);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeGreaterThan(padding.length);
  });
});
