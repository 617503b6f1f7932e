// `npm run size`: gzip sizes of the built minified bundles against their
// budgets, with zone.js's own minified bundle for reference. Exits 1 when a
// bundle is over budget. Run `npm run build` first (npm run size does).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { gzipSizeSync } from 'gzip-size';
import { rollup } from 'rollup';

/** An app that imports only Local and spawn from the browser build: what tree-shaking leaves (issue 13). */
const APP = 'an app using only Local and spawn (Rollup, tree-shaken)';

/**
 * The ceilings CI enforces, in bytes of gzip (level 9) output: a change that
 * grows a bundle past one fails. They sit a little above today's sizes. 0.2.0
 * raised them from 4,600 and 4,700 B: the correctness work and the new API (subclass shape
 * checks, one realm for all copies, platform-fitting messages, requireTask,
 * coroutine, runInZone) added about 3.4 kB of gzip; see BENCHMARKS.md. Issue 19 (registry without
 * values, requireTask per discriminator, inspect and copy guards, subclass checks by probing) added
 * about 380 B, nearly all message text, and raised them by 400 B. Issue 17's development-only
 * escape warning (escape-watch.ts) and issue 18's startCoroutine added about 600 B more, raised by 650 B
 * (500 B for the app): the warning ships in every build until issue 20 splits development from
 * production builds.
 */
export const BUDGETS = {
  'dist/tasklocal.min.mjs': 9850,
  'dist/tasklocal.browser.min.mjs': 9650,
  'dist/tasklocal.umd.min.js': 9750,
  [APP]: 7850,
};
/**
 * The targets (1 kB = 1000 B; the browser build's and the app's are issue
 * 13's), reported but not enforced: with every string over 40 characters
 * (the messages) stripped, the browser build still weighs about 6 kB
 * (scripts/size-breakdown.mjs), so they
 * cannot be met while the messages stay clear and the checks stay in.
 * BENCHMARKS.md, "Bundle size", says by how much each is missed and why.
 */
export const TARGETS = {
  'dist/tasklocal.min.mjs': 1500,
  'dist/tasklocal.browser.min.mjs': 3500,
  'dist/tasklocal.umd.min.js': 4000,
  [APP]: 2000,
};
/** For reference only: what loading zone.js itself costs. */
const REFERENCE = 'node_modules/zone.js/bundles/zone.umd.min.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function measure(file) {
  const path = root + file;
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return { minified: bytes.length, gzip: gzipSizeSync(bytes) };
}

/** Bundles a two-line app with Rollup from the browser build, minifies it as the builds are, and measures it. */
async function measureApp() {
  const entry = 'tasklocal-size-app';
  const library = root + 'dist/tasklocal.browser.mjs';
  if (!existsSync(library)) return null;
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'size-app',
        resolveId: (id) => (id === entry ? id : id === 'tasklocal' ? library : null),
        load: (id) =>
          id === entry
            ? "import { Local, spawn } from 'tasklocal';\n" +
              'const local = new Local();\n' +
              'spawn(function* () { local.user = 1; yield 0; return local.user; });\n'
            : null,
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const { code } = await minify(output[0].code, {
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });
  return { minified: code.length, gzip: gzipSizeSync(code) };
}

const rows = [];
let failures = 0;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const size = file === APP ? await measureApp() : measure(file);
  if (size === null) {
    console.error(`${file} is missing: run \`npm run build\` first (or use \`npm run size\`, which does).`);
    process.exit(2);
  }
  const over = size.gzip > budget;
  if (over) failures++;
  const target = TARGETS[file];
  const vsTarget = size.gzip > target ? `missed by ${size.gzip - target} B` : 'met';
  rows.push([
    file,
    size.minified,
    size.gzip,
    budget,
    over ? `OVER by ${size.gzip - budget} B` : 'ok',
    target,
    vsTarget,
  ]);
}
const zone = measure(REFERENCE);
if (zone) rows.push([`${REFERENCE} (reference)`, zone.minified, zone.gzip, '', '', '', '']);

const header = ['bundle', 'minified B', 'gzip B', 'ceiling B', 'verdict', 'target B', 'target'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
);
const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
console.log([line(header), ...rows.map(line)].join('\n'));

if (failures > 0) {
  console.error(
    `\n${failures} bundle(s) over the gzip budget (set in scripts/check-size.mjs). ` +
      'See BENCHMARKS.md, "Bundle size", for what dominates the size and what could shrink it.',
  );
  process.exit(1);
}
