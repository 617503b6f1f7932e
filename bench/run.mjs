// `npm run bench [-- --quick]`: the suite in a Node process with zone.js/node
// (a child, so that it has --expose-gc and nothing else loaded), then in
// headless Chromium (a page with zone.js, then one on the standalone engine,
// reported together). Prints one table per environment and writes both sets
// of figures to bench/results.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInChromium } from './chromium.mjs';
import { report } from './report.mjs';

const quick = process.argv.includes('--quick');
const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const nodeOutput = here('results.node.json');
const started = Date.now();

execFileSync(process.execPath, ['--expose-gc', here('node.mjs'), nodeOutput, ...(quick ? ['--quick'] : [])], {
  stdio: 'inherit',
});
const node = JSON.parse(readFileSync(nodeOutput, 'utf8'));

// OpenTelemetry's managers on AsyncLocalStorage: a process without zone.js.
const otelOutput = here('results.opentelemetry.json');
execFileSync(process.execPath, [here('opentelemetry-node.mjs'), otelOutput, ...(quick ? ['--quick'] : [])], {
  stdio: 'inherit',
});
const nodeAsyncLocalStorage = JSON.parse(readFileSync(otelOutput, 'utf8'));

console.log('Chromium: running…');
const chromium = await runInChromium({ quick, log: console.log });
console.log(`\n${report(chromium.environment, chromium)}\n`);

writeFileSync(
  here('results.json'),
  JSON.stringify({ date: new Date().toISOString(), node, nodeAsyncLocalStorage, chromium }, null, 2),
);
console.log(`Wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
