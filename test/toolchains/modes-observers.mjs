// Which of tasklocal's dist/ files a tool took, seen from inside the tool: a
// plugin that only watches what each bundler loads, and for Vite's dev
// server, the dependency it pre-bundled.
import fs from 'node:fs';
import path from 'node:path';

const FROM_PACKAGE = /[\\/]node_modules[\\/]tasklocal[\\/]dist[\\/]/;

/** The dist/ files among `ids`, by name. */
const distFiles = (ids) => [
  ...new Set(ids.filter((id) => FROM_PACKAGE.test(id)).map((id) => path.basename(id))),
];

/** How each tool lets a plugin watch what it loads; each calls `seen(file)` and changes nothing. */
const WATCHERS = {
  // Vite and Rollup share the plugin shape; Vite runs it before its own plugins.
  rollup: (seen) => ({
    name: 'watch-loads',
    enforce: 'pre',
    load(id) {
      seen(id);
      return null;
    },
  }),
  esbuild: (seen) => ({
    name: 'watch-loads',
    setup(build) {
      build.onLoad({ filter: /.*/ }, ({ path: file }) => {
        seen(file);
        return undefined;
      });
    },
  }),
  webpack: (seen) => ({
    apply(compiler) {
      compiler.hooks.normalModuleFactory.tap('watch-loads', (factory) =>
        factory.hooks.afterResolve.tap('watch-loads', ({ createData }) => {
          seen(createData.resource);
        }),
      );
    },
  }),
};
WATCHERS.vite = WATCHERS.rollup;

/** Plugins to hand `tool`, and afterwards the tasklocal dist/ files it loaded. */
export function filesSeenBy(tool) {
  const ids = [];
  return { plugins: [WATCHERS[tool]((id) => ids.push(id))], files: () => distFiles(ids) };
}

/** The dist/ file Vite's dev server pre-bundled as tasklocal, from its dependency cache's metadata. */
export function viteDevFile(dir, variant) {
  const deps = path.join(dir, 'node_modules', `.vite-${variant}`, 'deps');
  const { optimized } = JSON.parse(fs.readFileSync(path.join(deps, '_metadata.json'), 'utf8'));
  return path.basename(path.resolve(deps, optimized.tasklocal.src));
}
