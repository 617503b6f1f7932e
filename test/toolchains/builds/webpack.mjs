// webpack 5's Node API bundling the app from its consumer directory. The .ts
// sources go through ./ts-loader.cjs (types stripped, async left native); the
// tasklocal plugin's loader runs after it, on JavaScript.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import { writeBundlePage } from '../app.mjs';

const typescriptLoader = fileURLToPath(new URL('ts-loader.cjs', import.meta.url));

/** Bundles `entry` (./src/main.ts unless told) in `mode` into out/webpack-<variant>/; returns the page's path. */
export async function buildWithWebpack(
  dir,
  variant,
  plugins = [],
  { entry = './src/main.ts', mode = 'production' } = {},
) {
  const outDir = path.join(dir, 'out', `webpack-${variant}`);
  const compiler = webpack({
    mode,
    context: dir,
    entry,
    output: { path: outDir, filename: 'bundle.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: typescriptLoader }] },
    plugins,
  });
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(`webpack failed:\n${stats.toString('errors-only')}`);
  return writeBundlePage(outDir);
}
