// A throwaway app project for the plugin suites: the fixture app in src/, two
// dependencies with native async code in node_modules/, tasklocal (this
// repository's build) and zone.js (linked). Bundles run in child processes, so
// zone.js never loads into the test runner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(repoRoot, 'test/plugin/fixtures');

/** A new directory, removed when the test process exits. */
export function temporaryDirectory(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Creates the project (its src/ a copy of `fixture`) and returns its directory. */
export function makeProject(fixture = 'app') {
  const dir = temporaryDirectory('tasklocal-plugin-');
  fs.cpSync(path.join(fixtures, fixture), path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'app', private: true, type: 'module' }),
  );
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const dep of ['cjs-dep', 'esm-dep'])
    fs.cpSync(path.join(fixtures, dep), path.join(modules, dep), { recursive: true });
  // tasklocal as installed: a copy of the built package, not a link, so that
  // bundlers see it inside node_modules as they would in a real app.
  fs.mkdirSync(path.join(modules, 'tasklocal'));
  fs.cpSync(path.join(repoRoot, 'package.json'), path.join(modules, 'tasklocal/package.json'));
  fs.cpSync(path.join(repoRoot, 'dist'), path.join(modules, 'tasklocal/dist'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules/zone.js'), path.join(modules, 'zone.js'), 'dir');
  return dir;
}

/** Runs a built file with Node in `dir`; returns what each task read back. */
export function runBundle(dir, file) {
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0)
    throw new Error(`node ${file} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

/**
 * Bundles the project in `dir` with webpack for Node (CommonJS out, tasklocal and zone.js left external)
 * from `entry` into out/`filename`, with `plugins` and any more `options` (module rules, resolve);
 * resolves to the bundle's path.
 */
export async function runWebpack(dir, { entry, filename, plugins, ...options }) {
  const { default: webpack } = await import('webpack');
  const compiler = webpack({
    context: dir,
    mode: 'development',
    devtool: false,
    target: 'node',
    entry,
    output: { path: path.join(dir, 'out'), filename, library: { type: 'commonjs2' } },
    externals: { tasklocal: 'commonjs tasklocal', 'zone.js/node': 'commonjs zone.js/node' },
    plugins,
    ...options,
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {});
      if (error || stats.hasErrors()) reject(error ?? new Error(stats.toString('errors-only')));
      else resolve(path.join(dir, 'out', filename));
    });
  });
}

/** What each step returns when the task is kept, for task `id`. */
export function expected(id, ms, { typed = false } = {}) {
  return {
    declared: id,
    arrow: id,
    method: `svc:1:${id}`,
    classMethod: `repo:${ms}:${id}`,
    dependency: id,
    ...(typed ? { typed: [0, 1, 2].map((step) => ({ id, step })) } : {}),
  };
}

/** The two tasks' expected readings (task a waits 3 ms per step, b 1 ms). */
export function bothKept(options) {
  return { a: expected('a', 3, options), b: expected('b', 1, options) };
}

/** Native async syntax (an async function, method or arrow) left in a bundle. */
export const NATIVE_ASYNC = /\basync\s*(?:function\b|\(|[\w$]+\s*(?:=>|\())/;
