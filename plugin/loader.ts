// `tasklocal/loader`: the lowering as a plain webpack loader, for the tools
// that run webpack loaders without webpack plugins: Turbopack's
// `turbopack.rules` (Next.js 16's default bundler), and webpack configs that
// list loaders themselves. Next.js's own runtime is never lowered.
import { createLowering } from './lowering.js';

/** The parts of webpack's (and Turbopack's) loader context used here. */
interface LoaderContext {
  resourcePath: string;
  callback(error: Error | null, code?: string, map?: object | null): void;
}

/** Next.js's runtime (`next/`, `@next/`): it runs before any task, and holds syntax the lowering must not touch. */
const FRAMEWORK_RUNTIME = /[\\/]node_modules[\\/](?:next|@next[\\/][^\\/]+)[\\/]/;

const lower = createLowering('loader');

/**
 * Lowers the native async functions of one module to tasklocal's
 * coroutine(), passing the module on unchanged when it has none.
 *
 * @example
 * // next.config.mjs (Turbopack)
 * export default { turbopack: { rules: { '*.{js,jsx,ts,tsx}': ['tasklocal/loader'] } } };
 */
export default function tasklocalLoader(this: LoaderContext, source: string, map?: object | null): void {
  const lowered = FRAMEWORK_RUNTIME.test(this.resourcePath) ? null : lower(source, this.resourcePath);
  if (lowered === null) this.callback(null, source, map);
  else this.callback(null, lowered.code, lowered.map);
}
