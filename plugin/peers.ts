// The build-time packages the plugin stands on are optional peers: the runtime
// never needs them, so they are loaded only when a plugin is created, and a
// missing one is reported with the command that installs it. require() (not a
// static import) keeps the failure inside tasklocal() for ESM and CJS callers
// alike; unplugin is ESM-only and is loaded through Node's require(esm).
import { createRequire } from 'node:module';
import path from 'node:path';

const PEERS = ['unplugin', 'oxc-parser', 'magic-string'] as const;
export type Peer = (typeof PEERS)[number];

const loaded = new Map<Peer, unknown>();

/** The peer `name`, loaded once; undefined when it is not installed. */
export function peer<T>(name: Peer): T {
  if (!loaded.has(name)) loaded.set(name, load(name));
  return loaded.get(name) as T;
}

/** Resolves from tasklocal's own location first, then from the project being built. */
const requirers = [createRequire(import.meta.url), createRequire(path.join(process.cwd(), 'package.json'))];

/** A module of peer `name` (`oxc-parser/src-js/wrap`), resolved as the peer is; undefined when absent. */
export function peerModule<T>(name: Peer, subpath: string): T | undefined {
  return load(`${name}/${subpath}`) as T | undefined;
}

function load(specifier: string): unknown {
  for (const require of requirers) {
    try {
      return require(specifier);
    } catch (error) {
      if (!isNotFound(error, specifier)) throw error;
    }
  }
  return undefined;
}

function isNotFound(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && String(message).includes(`'${name}'`)
  );
}

/**
 * Loads every peer, or throws one Error naming the exact install command for
 * the missing ones.
 */
export function requirePeers(tool: string): Record<Peer, unknown> {
  const modules = PEERS.map((name) => [name, peer(name)] as const);
  const missing = modules.filter(([, module]) => module === undefined).map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(
      `tasklocal/${tool} lowers async functions with Oxc's parser and magic-string through unplugin, and ` +
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed. ` +
        `Run: npm install -D ${missing.join(' ')}`,
    );
  }
  return Object.fromEntries(modules) as Record<Peer, unknown>;
}
