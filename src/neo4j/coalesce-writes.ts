import { createRequire } from 'node:module';

/** The parts of neo4j-driver's Node channel (neo4j-driver-bolt-connection) the wrapper touches. */
interface ChannelShape {
  /** Messages queued before the socket connected; null once it has. */
  _pending: unknown;
  _conn: unknown;
}

interface Corkable {
  cork(): void;
  uncork(): void;
  destroyed?: boolean;
  /** Corks not yet uncorked (Writable's own count). */
  writableCorked: number;
}

const CHANNEL_MODULE = 'neo4j-driver-bolt-connection/lib/channel/node/node-channel.js';

let installed: boolean | undefined;

function isCorkable(value: unknown): value is Corkable {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Corkable>).cork === 'function' &&
    typeof (value as Partial<Corkable>).uncork === 'function' &&
    typeof (value as Partial<Corkable>).writableCorked === 'number'
  );
}

/** The driver's NodeChannel class, from the copy of bolt-connection that neo4j-driver itself loads. */
function channelClass(): { prototype: { write: (this: ChannelShape, buffer: unknown) => unknown } } | null {
  try {
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const loaded: unknown = fromDriver(CHANNEL_MODULE);
    const cls: unknown =
      typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : loaded;
    if (typeof cls !== 'function') return null;
    const proto: unknown = (cls as { prototype?: unknown }).prototype;
    if (typeof proto !== 'object' || proto === null) return null;
    if (typeof (proto as { write?: unknown }).write !== 'function') return null;
    return cls;
  } catch {
    return null;
  }
}

/**
 * neo4j-driver hands a Bolt message to its socket each time its chunker fills a 1,400-byte buffer, and again at
 * the end of every message: one `write()`, one system call, each (an entity page's statement with its PULL:
 * four; BEGIN, RUN, PULL and COMMIT of a transaction: more). Neither the socket nor that size is configurable
 * (lib/channel/chunking.js). This corks the connection's socket at its first write in a tick and uncorks it on
 * the next tick, so everything the driver wrote meanwhile goes out as one `writev`, in the same order. Measured
 * here (CPU per request from the service's own counters, alternating, 3 rounds): search −18 %, paths −19 %,
 * the hub's entity page −9 %; system calls per entity page 5 → 2 (strace). The channel is the driver's
 * internal class: when a driver version no longer has it in this shape, nothing is installed and the driver
 * writes as before (`test/cypher/coalesced-writes.test.ts` fails then, so the loss is seen).
 *
 * Idempotent; returns whether the wrapper is in place.
 */
export function coalesceDriverWrites(): boolean {
  if (installed !== undefined) return installed;
  const cls = channelClass();
  if (cls === null) {
    installed = false;
    return installed;
  }
  const write = cls.prototype.write;
  cls.prototype.write = function coalescedWrite(this: ChannelShape, buffer: unknown): unknown {
    const socket = this._conn;
    // Corked already means an uncork is due this tick: the write joins it.
    if (
      this._pending === null &&
      isCorkable(socket) &&
      socket.destroyed !== true &&
      socket.writableCorked === 0
    ) {
      socket.cork();
      process.nextTick(() => {
        socket.uncork();
      });
    }
    return write.call(this, buffer);
  };
  installed = true;
  return installed;
}
