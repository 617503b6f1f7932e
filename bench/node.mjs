// The Node runner: one process with zone.js/node loaded (started by run.mjs
// with --expose-gc). Runs the suite, prints its table, and writes the figures
// to the JSON file named on the command line.
import 'zone.js/node';
import fs from 'node:fs';
import { nodeMicroCases } from './node-cases.mjs';
import { report } from './report.mjs';
import { settingsFor } from './settings.mjs';
import { runSuite } from './suite.mjs';

const output = process.argv[2];
const quick = process.argv.includes('--quick');
if (!output || typeof globalThis.gc !== 'function') {
  console.error('Usage: node --expose-gc bench/node.mjs <results.json> [--quick] (npm run bench does this).');
  process.exit(2);
}

const memory = { gc: globalThis.gc, heapUsed: () => process.memoryUsage().heapUsed };
const environment = `Node ${process.version}`;
console.log(`${environment}: running…`);
runSuite({ settings: settingsFor(quick), extraMicro: nodeMicroCases, memory, log: console.log }).then(
  (results) => {
    results.environment = environment;
    console.log(`\n${report(environment, results)}\n`);
    fs.writeFileSync(output, JSON.stringify(results, null, 2));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
