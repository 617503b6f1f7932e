// Under Vitest, the dependencies a test imports are not Vite modules: Vitest
// hands them to Node's own import, so no plugin transforms them, and a
// dependency that awaits natively before calling back into the app loses the
// task silently. Vitest runs a dependency through Vite instead when it is
// listed in `test.server.deps.inline`: the plugin lists every package but the
// ones that must stay as Node loads them.

/**
 * Every file under node_modules except Vitest's own packages (the runner and
 * the tests must share one copy), zone.js and tasklocal (never lowered, and
 * one copy each, shared with the setup files) and Vite.
 */
export const DEPENDENCIES_TO_LOWER =
  /[\\/]node_modules[\\/](?!(?:vitest|@vitest[\\/][^\\/]+|vite|zone\.js|tasklocal)[\\/])/;

/**
 * The config the plugin adds when Vite runs inside Vitest (which sets
 * `process.env.VITEST`); nothing otherwise.
 */
export function vitestConfig(): object {
  if (!process.env.VITEST) return {};
  return { test: { server: { deps: { inline: [DEPENDENCIES_TO_LOWER] } } } };
}
