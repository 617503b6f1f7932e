// What dominates the minified bundle? Builds variants of src/ (never changing
// it) into .tmp/size/ and prints their minified+gzip sizes, plus each module's
// share of the unminified bundle. The figures in BENCHMARKS.md come from here.
//   node scripts/size-breakdown.mjs
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { gzipSizeSync } from 'gzip-size';
import { rollup } from 'rollup';
import path from 'node:path';
import ts from 'typescript';

const LONG_STRING = 40;

/**
 * A TypeScript transformer replacing every string or template literal longer
 * than LONG_STRING characters with '': what the bundle would weigh with
 * error messages reduced to codes.
 */
const stripLongStrings = (context) => (sourceFile) => {
  const visit = (node) => {
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
    const template = ts.isTemplateExpression(node)
      ? node.head.text + node.templateSpans.map((span) => span.literal.text).join('')
      : null;
    if ((text ?? template ?? '').length > LONG_STRING) return ts.factory.createStringLiteral('');
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitNode(sourceFile, visit);
};

/** Internal member names that a property-mangling minifier could shorten (never public API). */
const INTERNAL_PROPERTIES = [
  'lastContext',
  'lastTask',
  'lastOwner',
  'lastStore',
  'defaultStore',
  'stores',
  'accessors',
  'replay',
  'discriminator',
  'proxy',
  'adoptCurrent',
  'lookup',
  'register',
  'unregister',
  'checkedOwner',
  'check',
  'resolve',
  'taskOf',
  'isWithin',
  'isContext',
  'result',
];

// As rollup.config.mjs builds for browsers: without the AsyncLocalStorage engine.
const forBrowsers = {
  name: 'browser-engines',
  resolveId: (source, importer) =>
    source === './als-engine.js' && importer?.includes('/src/')
      ? path.resolve('src/als-engine.browser.ts')
      : null,
};

async function build({
  target = 'ES2018',
  strip = false,
  mangleInternals = false,
  format = 'es',
  browser = false,
}) {
  const bundle = await rollup({
    input: 'src/index.ts',
    plugins: [
      ...(browser ? [forBrowsers] : []),
      typescript({
        tsconfig: './tsconfig.json',
        target,
        declaration: false,
        sourceMap: false,
        outDir: '.tmp/size',
        rootDir: 'src',
        transformers: strip ? { before: [{ type: 'program', factory: () => stripLongStrings }] } : undefined,
      }),
    ],
  });
  const minify = terser({
    compress: { passes: 2 },
    format: { comments: false },
    mangle: mangleInternals
      ? { properties: { regex: new RegExp(`^(${INTERNAL_PROPERTIES.join('|')})$`) } }
      : true,
  });
  const { output } = await bundle.generate({ format, name: 'TaskLocal', plugins: [minify] });
  const { output: plain } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return { code: output[0].code, modules: plain[0].modules };
}

/** @type {Array<[string, Record<string, unknown>]>} */
const variants = [
  ['as built (ES2018)', {}],
  ['target ES2020', { target: 'ES2020' }],
  ['target ES2022', { target: 'ES2022' }],
  ['error messages stripped (ES2018)', { strip: true }],
  ['browser build (ES2018)', { browser: true }],
  ['browser build, error messages stripped (ES2018)', { browser: true, strip: true }],
  ['internal properties mangled (ES2018)', { mangleInternals: true }],
  ['ES2022 + messages stripped', { target: 'ES2022', strip: true }],
  [
    'ES2022 + messages stripped + internals mangled',
    { target: 'ES2022', strip: true, mangleInternals: true },
  ],
];

console.log('| variant | ESM min B | ESM min+gzip B | UMD min+gzip B |\n| --- | ---: | ---: | ---: |');
let modules;
for (const [label, options] of variants) {
  const esm = await build(options);
  const umd = await build({ ...options, format: 'umd' });
  modules ??= esm.modules;
  console.log(`| ${label} | ${esm.code.length} | ${gzipSizeSync(esm.code)} | ${gzipSizeSync(umd.code)} |`);
}

console.log('\n| module | unminified bytes in the ES2018 bundle |\n| --- | ---: |');
for (const [id, info] of Object.entries(modules)) {
  console.log(`| ${id.replace(/^.*\/src\//, 'src/')} | ${info.renderedLength} |`);
}
