// The Chromium suite on the standalone engine (karma-standalone.conf.cjs):
// no zone.js, useEngine(standalone) before anything else, and every async
// function lowered to coroutine() by tasklocal's own Rollup plugin, as in an
// app built with it. The shared specs that rely on a callback keeping its
// task are listed, with the reason, in ./standalone/exclusions.ts.
import './standalone/globals-before.js';
import './standalone/use-standalone.js';
import './standalone/exclusions.js';
import './production-messages.js';
import './shared.js';
import './standalone/engine-standalone.spec.js';
import './standalone/escape-warning.spec.js';
import './standalone/standalone-pages.spec.js';
import './opentelemetry/context-manager.spec.js';
import './opentelemetry/standalone.spec.js';
