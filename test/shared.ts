// Specs that run unchanged in Node and in Chromium.
import './seed.spec.js';
import './local.spec.js';
import './subclass.spec.js';
import './task.spec.js';
import './discriminator.spec.js';
import './native-async.spec.js';
import './hardening/discriminator-errors.spec.js';
import './hardening/spawn-errors.spec.js';
import './hardening/local-options-errors.spec.js';
import './hardening/zone-missing.spec.js';
import './hardening/subclass-replay.spec.js';
import './hardening/thenable.spec.js';
import './hardening/machinery-names.spec.js';
import './hardening/interleavings.spec.js';
