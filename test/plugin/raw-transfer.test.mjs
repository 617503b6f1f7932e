// Oxc's raw transfer (Node 22 and later) hands the plugin the same syntax tree
// as its JSON path, only cheaper: every fixture module lowers to the same code
// and source map either way. On an engine without it (Node 20) the plugin
// parses over JSON, which every other suite exercises, and this one is skipped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { rawTransferSupported } from 'oxc-parser';
import tasklocal from 'tasklocal/rollup';
import { repoRoot } from './project.mjs';

const fixtures = path.join(repoRoot, 'test/plugin/fixtures');
const modules = fs
  .readdirSync(fixtures, { recursive: true })
  .filter((file) => /\.[cm]?[jt]sx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => ({
    id: path.join('/app/src', file),
    code: fs.readFileSync(path.join(fixtures, file), 'utf8'),
  }));

/** Each module lowered by a fresh plugin with TASKLOCAL_RAW_TRANSFER set to `setting`. */
async function lowerAll(setting) {
  const saved = process.env.TASKLOCAL_RAW_TRANSFER;
  process.env.TASKLOCAL_RAW_TRANSFER = setting;
  try {
    const plugin = tasklocal();
    const context = { meta: {}, warn: (message) => assert.fail(message) };
    const lowered = [];
    for (const { id, code } of modules)
      lowered.push([id, await plugin.transform.handler.call(context, code, id)]);
    return lowered;
  } finally {
    if (saved === undefined) delete process.env.TASKLOCAL_RAW_TRANSFER;
    else process.env.TASKLOCAL_RAW_TRANSFER = saved;
  }
}

test(
  'over raw transfer, every fixture module lowers to the code and source map it gets over JSON',
  { skip: rawTransferSupported() ? false : 'this engine has no raw transfer (Node 22+ on 64 bits)' },
  async () => {
    const overJson = await lowerAll('0');
    assert.ok(
      overJson.filter(([, lowered]) => lowered !== null).length >= 10,
      'the fixtures hold async code',
    );
    assert.deepEqual(await lowerAll('1'), overJson);
  },
);
