// What tasklocal/vite adds to Vite's config, by Vite major: the supported
// range, and how each major pre-bundles dependencies for the dev server
// (before any transform hook sees them), so the plugin lowers them there.
import { viteResolve } from './resolve-from-app.js';

/** The Vite majors the plugin is tested with; package.json's peerDependencies state the same range. */
export const SUPPORTED_VITE_MAJORS = [7, 8];

/** The plugin instances a pre-bundler runs: esbuild's for Vite 7, Rolldown's for Vite 8. */
export interface PrebundlePlugins {
  esbuild(): unknown;
  rolldown(): unknown;
}

/**
 * The major of the Vite running the plugin, from `this.meta.viteVersion` in
 * the config hook (Vite 7 and later set it), or throws an Error naming the
 * supported versions when it is outside them.
 */
export function supportedViteMajor(viteVersion: string | undefined): number {
  const major = viteVersion === undefined ? undefined : Number.parseInt(viteVersion, 10);
  if (major !== undefined && SUPPORTED_VITE_MAJORS.includes(major)) return major;
  const running = viteVersion === undefined ? 'Vite 6 or older' : `Vite ${viteVersion}`;
  throw new Error(
    `tasklocal/vite supports Vite ${SUPPORTED_VITE_MAJORS.join(' and ')}, and this build runs ${running}: ` +
      'its dev server would serve dependencies without lowering their async functions. ' +
      `Install a supported Vite (npm install -D vite@${SUPPORTED_VITE_MAJORS.at(-1)}).`,
  );
}

/** The config tasklocal/vite returns from its config hook, for the running Vite. */
export function viteConfig(viteVersion: string | undefined, prebundle: PrebundlePlugins): object {
  const optimizeDeps =
    supportedViteMajor(viteVersion) === 7
      ? { esbuildOptions: { plugins: [prebundle.esbuild()] } }
      : { rolldownOptions: { plugins: [prebundle.rolldown()] } };
  return { resolve: viteResolve, optimizeDeps };
}
