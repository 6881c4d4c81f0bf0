import { createServer } from 'node:net';

/**
 * A loopback port that was free a moment ago: the OS picks it, we release it for Java to bind.
 * Another process could grab it in between; the launcher then fails fast with a bind error instead of hanging.
 */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the port of a probe socket'));
      });
    });
  });
}
