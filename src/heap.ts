import { setFlagsFromString } from 'node:v8';

/**
 * Caps how far V8 lets the old generation grow past its live size before the next full collection. Left to
 * itself V8 picks the factor from how fast it collects, up to 4×: under load the service's ~40 MB of live
 * objects (mostly modules' code and source text) grew to some 180 MB of heap and 296 MB resident. At 2.5×
 * (150 %) it stayed near 220 MB resident for a few percent more CPU in garbage collection (README,
 * Performance). V8 reads the flag each time it sets the next limit, so setting it at start-up is enough.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${String(percent)}`);
}
