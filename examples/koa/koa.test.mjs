// The Koa example under load: 500 concurrent requests, each with its own
// id and user, through async middleware and a route that await 0–5 ms timers.
// Every response and every log line must carry its own request's values.
// Needs `npm run build` first (the example imports 'tasklocal').
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineName } from 'tasklocal';
import { ALL_RIGHT, loadServer } from '../node-server/load-check.mjs';
import { startServer } from './server.mjs';

test('Koa, without zone.js: 500 concurrent requests each see only their own id and user', async () => {
  assert.equal(engineName(), 'async-local-storage');
  assert.deepEqual(await loadServer(startServer), ALL_RIGHT);
});
