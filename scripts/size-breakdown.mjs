// What weighs in the production browser build? Bundles, from the runtime as
// `npm run build` compiled it (.build/runtime), the full build and the app that
// uses only Local and spawn, each in production and development, and prints
// their min+gzip sizes and each module's share of the production bundles
// (rendered bytes after tree-shaking, before minifying).
//   npm run build && node scripts/size-breakdown.mjs
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSizeSync } from 'gzip-size';
import { variant } from '../rollup.config.mjs';

const ENTRY = '.build/runtime/index.js';
const APP =
  "import { Local, spawn } from 'tasklocal';\nconst local = new Local();\nspawn(function* () { local.user = 1; yield 0; return local.user; });\n";

if (!existsSync(ENTRY)) {
  console.error(`${ENTRY} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

async function bundle(mode, app) {
  const input = app ? 'size-app' : ENTRY;
  const build = await rollup({
    input,
    plugins: [
      variant('browser', mode),
      {
        name: 'size-app',
        resolveId: (id) => (id === 'size-app' ? id : id === 'tasklocal' ? ENTRY : null),
        load: (id) => (id === 'size-app' ? APP : null),
      },
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const { code } = await minify(output[0].code, {
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  });
  return { gzip: gzipSizeSync(code), modules: output[0].modules };
}

console.log('| bundle | production min+gzip B | development min+gzip B |\n| --- | ---: | ---: |');
const shares = {};
for (const [label, app] of [
  ['full browser build', false],
  ['Local and spawn only', true],
]) {
  const production = await bundle('production', app);
  const development = await bundle('development', app);
  shares[label] = production.modules;
  console.log(`| ${label} | ${production.gzip} | ${development.gzip} |`);
}

console.log('\n| module | full build, rendered B | Local and spawn, rendered B |\n| --- | ---: | ---: |');
const [full, app] = Object.values(shares);
for (const [id, info] of Object.entries(full)) {
  const name = id.replace(/^.*\.build\/runtime\//, '').replace(/^\0/, '');
  console.log(`| ${name} | ${info.renderedLength} | ${app[id]?.renderedLength ?? 0} |`);
}
