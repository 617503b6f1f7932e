// Bundles the Chromium side of the benchmarks into one script per page: the
// zone.js page (zone.js, mitata, OpenTelemetry, the built dist/tasklocal.mjs
// and the shared cases) and the standalone-engine page (no zone.js: a page
// commits to one engine). Not minified: the cases should run as written.
import nodeResolve from '@rollup/plugin-node-resolve';
import path from 'node:path';

// dist/opentelemetry.mjs imports the runtime as 'tasklocal': the same built copy the cases use.
const oneTasklocal = {
  name: 'one-tasklocal',
  resolveId: (id) => (id === 'tasklocal' ? path.resolve('dist/tasklocal.mjs') : null),
};

// dist/tasklocal.mjs picks its development or production checks by
// process.env.NODE_ENV, which bundlers replace and a page does not have: the
// page gets the mode the Node side runs in (NODE_ENV unset: development).
const MODE = JSON.stringify(process.env.NODE_ENV ?? 'development');
const nodeEnv = {
  name: 'node-env',
  transform: (code) =>
    code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', MODE) : null,
};

const page = (input, file) => ({
  input,
  plugins: [oneTasklocal, nodeResolve({ browser: true }), nodeEnv],
  output: { file, format: 'iife' },
  onwarn(warning, warn) {
    // OpenTelemetry's ESM build rewrites `this` at top level; harmless here.
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});

export default [
  page('bench/browser-entry.mjs', '.build/bench/browser.js'),
  page('bench/standalone-entry.mjs', '.build/bench/standalone.js'),
];
