// Vite 8 on the app's consumer directory, in both of its modes, with its
// default build target (which keeps async/await native) and no config file.
import fs from 'node:fs';
import path from 'node:path';
import { build, createServer } from 'vite';

const shared = (dir, plugins) => ({ root: dir, configFile: false, logLevel: 'error', plugins });

/** `vite build` into out/vite-<variant>/, relative asset paths so any server path works; returns the page's path. */
export async function buildWithVite(dir, variant, plugins = []) {
  const outDir = path.join(dir, 'out', `vite-${variant}`);
  await build({ ...shared(dir, plugins), base: './', build: { outDir, emptyOutDir: true } });
  return path.join(outDir, 'index.html');
}

/**
 * `vite dev` on 127.0.0.1 and a free port, its own dependency cache per
 * variant. `use(url)` runs against the open server, which is closed after.
 * Checks that `prebundled` (fixture-dep unless told) was pre-bundled by
 * optimizeDeps, the path every installed dependency takes in dev.
 */
export async function withViteDevServer(dir, variant, plugins, use, prebundled = 'fixture-dep') {
  const cacheDir = path.join(dir, 'node_modules', `.vite-${variant}`);
  const server = await createServer({
    ...shared(dir, plugins),
    cacheDir,
    optimizeDeps: { entries: ['index.html'] },
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const result = await use(`http://127.0.0.1:${port}/`);
    const bundle = path.join(cacheDir, 'deps', `${prebundled}.js`);
    if (!fs.existsSync(bundle)) {
      throw new Error(`vite dev did not pre-bundle ${prebundled} (no ${bundle}): the case is not covered`);
    }
    return result;
  } finally {
    await server.close();
  }
}
