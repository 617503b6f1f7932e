// The Node side of the OpenTelemetry context manager benchmark, in a process
// of its own (started by run.mjs): no zone.js is loaded, so tasklocal runs on
// AsyncLocalStorage, as a traced Node server does. Prints its table and
// writes the figures to the JSON file named on the command line.
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import fs from 'node:fs';
import { engineName } from '../dist/tasklocal.mjs';
import { OTEL_WITH_ALS } from './groups.mjs';
import { otelWithCases } from './opentelemetry-cases.mjs';
import { report } from './report.mjs';
import { microRows } from './rounds.mjs';
import { settingsFor } from './settings.mjs';

const output = process.argv[2];
const settings = settingsFor(process.argv.includes('--quick'));
const cases = otelWithCases(
  OTEL_WITH_ALS,
  'AsyncLocalStorageContextManager',
  new AsyncLocalStorageContextManager(),
);
const environment = `Node ${process.version}, no zone.js`;

// One untimed round of both first: in Node, whichever case is measured first ran its
// first round 2–10× faster than any later round of either (the AsyncLocalStorage calls
// V8 has seen only one caller of), whichever case it was; seen in three runs.
const warmUp = { ...settings, rounds: { ...settings.rounds, micro: 1 } };

microRows(cases, warmUp, () => {})
  .then(() => microRows(cases, settings, console.log))
  .then((rows) => {
    const results = {
      quick: settings.quick,
      rounds: settings.rounds,
      tasks: settings.tasks,
      rows,
      environment,
    };
    results.engine = engineName();
    console.log(`\n${report(environment, results)}\n`);
    fs.writeFileSync(output, JSON.stringify(results, null, 2));
  });
