// `npm run lint` keeps src/ free of import cycles, type-only imports included
// (madge), and its imports pointing down the layers (ESLint's
// no-restricted-paths). These tests put a deliberate breach into a copy of
// src/ and check that each check fails on it, and passes on the copy as is.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

/** A throwaway copy of src/, for madge. */
let copy;
before(() => {
  copy = fs.mkdtempSync(path.join(root, '.tmp-layers-'));
  fs.cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
});
after(() => fs.rmSync(copy, { recursive: true, force: true }));

function madge() {
  return spawnSync(
    bin('madge'),
    ['--circular', '--extensions', 'ts', '--ts-config', 'tsconfig.json', path.join(copy, 'src')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
}

function append(file, line) {
  fs.appendFileSync(path.join(copy, 'src', file), `\n${line}\n`);
}

describe('the layer checks of npm run lint', () => {
  it('find no cycle in src/ as it is', () => {
    const result = madge();
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('fail on an import cycle made only of type imports', () => {
    append(
      'tasks/heirs.ts',
      "import type { CopyHooks } from '../engines/realm.js';\nexport type Hooks = CopyHooks;",
    );
    append('engines/realm.ts', "import type { Heir } from '../tasks/heirs.js';\nexport type Heirs = Heir;");
    const result = madge();
    assert.equal(result.status, 1);
    assert.match(
      result.stdout,
      /engines\/realm\.ts > tasks\/heirs\.ts|tasks\/heirs\.ts > engines\/realm\.ts/,
    );
  });

  it('fail on an import from a layer above', () => {
    // A file of its own in base/, removed at once: ESLint reads layers from the path under src/.
    const probe = path.join(root, 'src/base/layer-probe.tmp.ts');
    fs.writeFileSync(
      probe,
      "import { engine } from '../engines/current.js';\n\nexport const upward = engine;\n",
    );
    try {
      const result = spawnSync(bin('eslint'), [probe], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 1, result.stdout + result.stderr);
      assert.match(result.stdout, /src\/base\/ imports only from the layers below it/);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });
});
