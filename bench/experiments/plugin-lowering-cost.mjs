// What lowering one module costs, per transformer, on the modules of the
// generated app plugin-build-cost.mjs builds (300 modules, ~30k lines, half
// TypeScript, async code in each): tasklocal's lowering (Oxc's parser and
// magic-string edits in place), Oxc's parser alone (its floor), esbuild's
// transform with async functions lowered to generators (its own helper, not
// tasklocal's: the speed of a native transform that regenerates the file),
// and Babel's async-to-generator (the plugin's transformer before 0.3).
// Usage: npm run build && node bench/experiments/plugin-lowering-cost.mjs [rounds=5]
import babel from '@babel/core';
import asyncToGenerator from '@babel/plugin-transform-async-to-generator';
import { transformSync } from 'esbuild';
import { parseSync, rawTransferSupported } from 'oxc-parser';
import tasklocal from 'tasklocal/rollup';
import { MODULES, moduleText } from './generated-app.mjs';

const rounds = Number(process.argv[2] ?? 5);

const files = Array.from({ length: MODULES }, (_, i) => {
  const typed = i % 2 === 0;
  return { id: `/app/src/m${i}.${typed ? 'ts' : 'js'}`, code: moduleText(i, typed), typed };
});
const plugin = tasklocal();
const context = { warn: () => {} };

const transformers = {
  'tasklocal (oxc-parser + magic-string)': ({ id, code }) => plugin.transform.handler.call(context, code, id),
  'oxc-parser alone, AST read over JSON': ({ id, code, typed }) =>
    parseSync(id, code, { lang: typed ? 'ts' : 'js', sourceType: 'module' }).program,
  // Where the engine has it (Node 22+), tasklocal reads the tree over raw transfer: that floor too.
  ...(rawTransferSupported() && {
    'oxc-parser alone, AST read over raw transfer': ({ id, code, typed }) =>
      parseSync(id, code, { lang: typed ? 'ts' : 'js', sourceType: 'module', experimentalRawTransfer: true })
        .program,
  }),
  'esbuild transform (async lowered)': ({ code, typed }) =>
    transformSync(code, {
      loader: typed ? 'ts' : 'js',
      sourcemap: true,
      supported: { 'async-await': false },
    }),
  'Babel async-to-generator': ({ id, code, typed }) =>
    babel.transformSync(code, {
      babelrc: false,
      configFile: false,
      filename: id,
      sourceMaps: true,
      parserOpts: { plugins: typed ? ['typescript'] : ['jsx'] },
      plugins: [[asyncToGenerator, { module: 'tasklocal', method: 'coroutine' }]],
    }),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = Object.fromEntries(Object.keys(transformers).map((name) => [name, []]));
for (let round = 0; round <= rounds; round++) {
  for (const [name, transform] of Object.entries(transformers)) {
    const start = performance.now();
    for (const file of files) await transform(file); // tasklocal's hook parses off-thread: its promise
    if (round > 0) times[name].push(performance.now() - start); // round 0 warms up
  }
}
const ours = median(times['tasklocal (oxc-parser + magic-string)']);
console.log(`${MODULES} modules, median of ${rounds} rounds\n`);
console.log('| transformer | all modules | per module | against tasklocal |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, samples] of Object.entries(times)) {
  const total = median(samples);
  console.log(
    `| ${name} | ${total.toFixed(0)} ms | ${((total / MODULES) * 1000).toFixed(0)} µs | ${(total / ours).toFixed(2)}× |`,
  );
}
