// Specs that run unchanged in Node and in Chromium, on either engine.
import { spawn } from '../src/index.js';
import './seed.spec.js';
import './local.spec.js';
import './subclass.spec.js';
import './spawn.spec.js';
import './task.spec.js';
import './discriminator.spec.js';
import './inherit.spec.js';
import './task-var.spec.js';
import './snapshot.spec.js';
import './task-thenables.spec.js';
import './subclass-shapes.spec.js';
import './require-task.spec.js';
import './coroutine.spec.js';
import './task-done.spec.js';
import './async-context.spec.js';
import './hardening/discriminator-errors.spec.js';
import './hardening/subclass-replay.spec.js';
import './hardening/machinery-names.spec.js';
import './hardening/defined-accessors.spec.js';
import './registry.spec.js';
import './not-data.spec.js';

// The specs read the messages of a running app, where a task has started
// whatever order they run in; the wording before any task has started is
// checked in a fresh process (hardening/node/require-task-first.spec.ts).
beforeAll(async () => {
  await spawn(() => 'a task has run');
});
