// The page side of the Chromium run, bundled by bench/rollup.config.mjs:
// zone.js first (it patches Promise and timers), then the same suite as Node.
import 'zone.js';
import { ZoneContextManager } from '@opentelemetry/context-zone-peer-dep';
import { engineName } from '../dist/tasklocal.mjs';
import { OTEL_WITH_ZONE } from './groups.mjs';
import { otelWithCases } from './opentelemetry-cases.mjs';
import { settingsFor } from './settings.mjs';
import { runSuite } from './suite.mjs';

/**
 * The heap hooks, when Chromium was started with --js-flags=--expose-gc and
 * --enable-precise-memory-info; otherwise memory is not measured.
 */
function memoryHooks() {
  if (typeof globalThis.gc !== 'function' || performance.memory === undefined) return null;
  // performance.memory is a snapshot taken when read: read it anew each time.
  return { gc: globalThis.gc, heapUsed: () => performance.memory.usedJSHeapSize };
}

globalThis.runBench = (quick) => {
  const memory = memoryHooks();
  const extraMicro = otelWithCases(OTEL_WITH_ZONE, 'ZoneContextManager', new ZoneContextManager());
  return runSuite({
    settings: settingsFor(quick),
    extraMicro,
    memory,
    log: (line) => console.log(line),
  }).then((results) => ({
    ...results,
    engine: engineName(),
    memoryNote: memory
      ? 'Heap: performance.memory.usedJSHeapSize (precise memory info), after window.gc().'
      : 'Heap not measured: this page has no window.gc() or performance.memory.',
  }));
};
