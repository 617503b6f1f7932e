// The page side of the standalone-engine page, bundled by
// bench/rollup.config.mjs without zone.js: the read cases of
// standalone-cases.mjs (which commits the page to the engine when it loads),
// sampled like the zone page's micro cases.
import { engineName } from '../dist/tasklocal.mjs';
import { microRows } from './rounds.mjs';
import { settingsFor } from './settings.mjs';
import { standaloneCases } from './standalone-cases.mjs';

globalThis.runBench = (quick) =>
  microRows(standaloneCases, settingsFor(quick), (line) => console.log(line)).then((rows) => ({
    engine: engineName(),
    rows,
  }));
