// Specs that run unchanged in Node and in Chromium, on either engine.
import './seed.spec.js';
import './local.spec.js';
import './subclass.spec.js';
import './task.spec.js';
import './discriminator.spec.js';
import './inherit.spec.js';
import './task-var.spec.js';
import './snapshot.spec.js';
import './task-thenables.spec.js';
import './subclass-shapes.spec.js';
import './require-task.spec.js';
import './coroutine.spec.js';
import './async-context.spec.js';
import './hardening/discriminator-errors.spec.js';
import './hardening/subclass-replay.spec.js';
import './hardening/machinery-names.spec.js';
import './hardening/defined-accessors.spec.js';
