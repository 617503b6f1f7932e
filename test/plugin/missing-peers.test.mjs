// Without the optional peers, tasklocal's runtime still loads, the plugin
// entries still import, and calling a plugin explains what to install.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot, temporaryDirectory } from './project.mjs';

/** A project with tasklocal installed (a copy of the build) and only `peers` beside it. */
function projectWith(peers) {
  const dir = temporaryDirectory('tasklocal-peers-');
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "app", "private": true }');
  const installed = path.join(dir, 'node_modules/tasklocal');
  fs.mkdirSync(installed, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'package.json'), path.join(installed, 'package.json'));
  fs.cpSync(path.join(repoRoot, 'dist'), path.join(installed, 'dist'), { recursive: true });
  for (const peer of peers) {
    fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', peer)), { recursive: true });
    fs.symlinkSync(path.join(repoRoot, 'node_modules', peer), path.join(dir, 'node_modules', peer), 'dir');
  }
  // A node_modules folder above the temporary directory would hand the project peers it must not have.
  const require = createRequire(path.join(dir, 'package.json'));
  for (const peer of PEERS.filter((name) => !peers.includes(name))) {
    let found;
    try {
      found = require.resolve(`${peer}/package.json`);
    } catch {
      continue;
    }
    throw new Error(`${peer} resolves from ${dir} (${found}): remove the node_modules folder above it.`);
  }
  return dir;
}

const PEERS = [
  'unplugin',
  '@babel/core',
  '@babel/plugin-transform-async-to-generator',
  'oxc-parser',
  'magic-string',
];

function run(dir, file, source) {
  fs.writeFileSync(path.join(dir, file), source);
  const result = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

const ALL = `npm install -D ${PEERS.join(' ')}`;

test('import: the runtime needs no peer; tasklocal() names the install command', () => {
  const dir = projectWith([]);
  const out = run(
    dir,
    'config.mjs',
    `import { coroutine } from 'tasklocal';
import tasklocal from 'tasklocal/vite';
console.log(typeof coroutine);
try { tasklocal(); } catch (error) { console.log(error.message); }`,
  );
  const [runtime, message] = out.split('\n');
  assert.equal(runtime, 'function');
  assert.match(message, /^tasklocal\/vite lowers async functions with Babel through unplugin/);
  assert.ok(message.endsWith(`Run: ${ALL}`), message);
});

test('require: the CommonJS entry says the same', () => {
  const dir = projectWith([]);
  const message = run(
    dir,
    'config.cjs',
    `const { tasklocal } = require('tasklocal/webpack');
try { tasklocal(); } catch (error) { console.log(error.message); }`,
  );
  assert.ok(message.startsWith('tasklocal/webpack ') && message.endsWith(`Run: ${ALL}`), message);
});

test('only the missing peers are named', () => {
  const dir = projectWith(['unplugin', '@babel/core']);
  const message = run(
    dir,
    'config.mjs',
    `import tasklocal from 'tasklocal/esbuild';
try { tasklocal(); console.log('created'); } catch (error) { console.log(error.message); }`,
  );
  assert.match(
    message,
    /@babel\/plugin-transform-async-to-generator, oxc-parser, magic-string are not installed\. Run: npm install -D @babel\/plugin-transform-async-to-generator oxc-parser magic-string$/,
  );
});

test('with every peer installed, the plugin is created', () => {
  const dir = projectWith(PEERS);
  const out = run(
    dir,
    'config.mjs',
    `import tasklocal from 'tasklocal/esbuild';\nconsole.log(tasklocal().name);`,
  );
  assert.equal(out, 'tasklocal');
});
