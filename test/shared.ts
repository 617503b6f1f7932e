// Specs that run unchanged in Node and in Chromium.
import './seed.spec.js';
import './local.spec.js';
import './subclass.spec.js';
import './task.spec.js';
import './discriminator.spec.js';
import './native-async.spec.js';
