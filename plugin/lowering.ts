// The one place the entries outside unplugin (the Jest transformer, the
// webpack/Turbopack loader) call the lowering: peers loaded once, the same
// files left alone as the bundler plugins leave them.
import { lowerAsync, type Babel, type Lowered } from './lower-async.js';
import { requirePeers } from './peers.js';

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
    if (!isLowered(id) || !/\basync\b/.test(code)) return null;
    if (lower === undefined) {
      const peers = requirePeers(entry);
      const babel = peers['@babel/core'] as Babel;
      const asyncToGenerator = peers['@babel/plugin-transform-async-to-generator'];
      lower = (text, file) => lowerAsync(babel, asyncToGenerator, text, file);
    }
    return lower(code, id);
  };
}
