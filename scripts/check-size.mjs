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
 * The production ceilings CI enforces, in bytes of gzip (level 9) of the
 * build minified by terser as a bundler would: a change that grows a bundle
 * past one fails. They sit a little above the sizes measured when issue 20
 * split development from production builds (5,453 B, 4,163 B and 5,533 B);
 * BENCHMARKS.md, "Bundle size", says why issue 20's targets below are missed.
 */
export const BUDGETS = {
  'dist/tasklocal.browser.production.mjs': 5550,
  [APP]: 4250,
  'dist/tasklocal.umd.min.js': 5650,
};
/** Issue 20's targets, reported beside the ceilings. */
const TARGETS = {
  'dist/tasklocal.browser.production.mjs': 4000,
  [APP]: 2500,
  'dist/tasklocal.umd.min.js': 4500,
};
/** Each production figure's development counterpart, for the report. */
const DEVELOPMENT = {
  'dist/tasklocal.browser.production.mjs': 'dist/tasklocal.browser.development.mjs',
  [APP]: 'dist/tasklocal.browser.development.mjs',
  'dist/tasklocal.umd.min.js': 'dist/tasklocal.umd.js',
};
/** For reference only: what loading zone.js itself costs. */
const REFERENCE = 'node_modules/zone.js/bundles/zone.umd.min.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function minified(code, module) {
  const result = await minify(code, { module, compress: { passes: 2 }, format: { comments: false } });
  return result.code;
}

/** A built file, minified here unless it is minified already (the UMD's .min.js). */
async function measure(file) {
  const path = root + file;
  if (!existsSync(path)) return null;
  const source = readFileSync(path, 'utf8');
  const code = file.endsWith('.min.js') ? source : await minified(source, file.endsWith('.mjs'));
  return { minified: code.length, gzip: gzipSizeSync(code) };
}

/** Bundles a two-line app with Rollup from `library`, minifies it as the builds are, and measures it. */
async function measureApp(library) {
  const entry = 'tasklocal-size-app';
  if (!existsSync(root + library)) return null;
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'size-app',
        resolveId: (id) => (id === entry ? id : id === 'tasklocal' ? root + library : null),
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
  const code = await minified(output[0].code, true);
  return { minified: code.length, gzip: gzipSizeSync(code) };
}

const rows = [];
let failures = 0;
for (const [file, budget] of Object.entries(BUDGETS)) {
  const size = file === APP ? await measureApp('dist/tasklocal.browser.production.mjs') : await measure(file);
  const development = file === APP ? await measureApp(DEVELOPMENT[file]) : await measure(DEVELOPMENT[file]);
  if (size === null) {
    console.error(`${file} is missing: run \`npm run build\` first (or use \`npm run size\`, which does).`);
    process.exit(2);
  }
  const over = size.gzip > budget;
  if (over) failures++;
  rows.push([
    file,
    size.minified,
    size.gzip,
    budget,
    over ? `OVER by ${size.gzip - budget} B` : 'ok',
    TARGETS[file],
    size.gzip > TARGETS[file] ? `missed by ${size.gzip - TARGETS[file]} B` : 'met',
    development?.gzip ?? '',
  ]);
}
const zone = await measure(REFERENCE);
if (zone) rows.push([`${REFERENCE} (reference)`, zone.minified, zone.gzip, '', '', '', '', '']);

const header = [
  'production bundle',
  'minified B',
  'gzip B',
  'ceiling B',
  'verdict',
  'target B',
  'target',
  'development gzip B',
];
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
