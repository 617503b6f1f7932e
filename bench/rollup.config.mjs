// Bundles the Chromium side of the benchmarks (zone.js, mitata, OpenTelemetry,
// the built dist/tasklocal.mjs and the shared cases) into one page script.
// Not minified: the cases should run as written.
import nodeResolve from '@rollup/plugin-node-resolve';

export default {
  input: 'bench/browser-entry.mjs',
  plugins: [nodeResolve({ browser: true })],
  output: { file: '.build/bench/browser.js', format: 'iife' },
  onwarn(warning, warn) {
    // OpenTelemetry's ESM build rewrites `this` at top level; harmless here.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
};
