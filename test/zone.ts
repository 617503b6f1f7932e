// Specs about zones: they run wherever the zone engine does (Node and Chromium).
import './zone/task-zone.spec.js';
import './zone/discriminator-zone.spec.js';
import './zone/native-async.spec.js';
import './zone/engine-zone.spec.js';
import './zone/require-task-zone.spec.js';
import './hardening/local-options-errors.spec.js';
import './hardening/spawn-errors.spec.js';
import './hardening/thenable.spec.js';
import './hardening/zone-missing.spec.js';
import './hardening/interleavings.spec.js';
