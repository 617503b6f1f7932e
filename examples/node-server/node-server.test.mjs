// The node:http example under load: 500 concurrent requests, each with its own
// id and user, through steps that wait 0–5 ms timers. Every response and every
// log line must carry its own request's values. (`npm run stress` sends the
// same server 2,000 requests in a process that loads zone.js.)
// Needs `npm run build` first (the example imports 'tasklocal').
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineName } from 'tasklocal';
import { ALL_RIGHT, loadServer } from './load-check.mjs';
import { startServer } from './server.mjs';

test('node:http, without zone.js: 500 concurrent requests each see only their own id and user', async () => {
  assert.equal(engineName(), 'async-local-storage');
  assert.deepEqual(await loadServer(startServer, { maxDelayMs: 5 }), ALL_RIGHT);
});
