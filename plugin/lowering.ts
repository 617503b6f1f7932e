// The one place the entries outside unplugin (the Jest transformer, the
// webpack/Turbopack loader) call the lowering: peers loaded once, the same
// files left alone as the bundler plugins leave them.
import { lowerAsync, type Lowered } from './lower-async.js';
import { requirePeers } from './peers.js';
import {
  keepPrecompiledAsync,
  PRECOMPILED_ASYNC_HINT,
  type MagicStringClass,
  type Oxc,
} from './precompiled-async.js';

export type { Lowered };

/** Files never lowered: zone.js and tasklocal itself (the bundler plugins' rule too). */
const NEVER_LOWERED = /[\\/]node_modules[\\/](?:zone\.js|tasklocal)[\\/]/;

/** Whether `file` is lowered at all (zone.js and tasklocal never are). */
export function isLowered(file: string): boolean {
  return !NEVER_LOWERED.test(file);
}

/**
 * Returns `lower(code, id)`, which gives the lowered code and its map, or
 * null when `id` holds no async function to lower. `entry` names the entry
 * point in the message for a missing peer.
 */
export function createLowering(entry: string): (code: string, id: string) => Lowered | null {
  let lower: ((code: string, id: string) => Lowered | null) | undefined;
  return (code, id) => {
    if (!isLowered(id) || !(/\basync\b/.test(code) || PRECOMPILED_ASYNC_HINT.test(code))) return null;
    if (lower === undefined) {
      const peers = requirePeers(entry);
      const oxc = peers['oxc-parser'] as Oxc;
      const magicString = peers['magic-string'] as MagicStringClass;
      // Compilers' async helpers first (precompiled-async.ts), then native async functions, as the bundler plugins do.
      lower = (text, file) => {
        const helpers = keepPrecompiledAsync(oxc, magicString, text, file);
        return lowerAsync(helpers?.code ?? text, file) ?? helpers;
      };
    }
    return lower(code, id);
  };
}
