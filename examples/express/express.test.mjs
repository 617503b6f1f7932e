// The Express example under load: 500 concurrent requests, each with its own
// id and user, through async middleware and handlers that await 0–5 ms timers.
// Every response and every log line must carry its own request's values.
// Needs `npm run build` first (the example imports 'tasklocal').
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { engineName } from 'tasklocal';
import { ALL_RIGHT, loadServer } from '../node-server/load-check.mjs';
import { startServer } from './server.mjs';

test('Express, without zone.js: 500 concurrent requests each see only their own id and user', async () => {
  assert.equal(engineName(), 'async-local-storage');
  assert.deepEqual(await loadServer(startServer), ALL_RIGHT);
});

/** Runs under-zone.mjs with the given server module in a child process (zone.js loaded first). */
async function underZone(serverModule) {
  const script = fileURLToPath(new URL('under-zone.mjs', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, serverModule], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

test('Express, with zone.js loaded: the coroutine recipe (zone-server.mjs) keeps every request its own', async () => {
  assert.deepEqual(await underZone('zone-server.mjs'), { engine: 'zone', ...ALL_RIGHT });
});

test('Express, with zone.js loaded: the same server with native async (server.mjs) gets them wrong', async (t) => {
  const result = await underZone('server.mjs');
  t.diagnostic(`native async under zone.js: ${JSON.stringify(result)}`);
  assert.equal(result.engine, 'zone');
  assert.ok(result.wrongResponses > 0, 'some responses carry another request’s values');
  assert.ok(result.wrongLines > 0, 'some log lines carry another request’s values');
});
