// The shared specs on the standalone engine in Node, to keep the engines
// honest where AsyncLocalStorage would otherwise be chosen: no zone.js,
// useEngine(standalone) first, async functions lowered by tasklocal's
// plugin. The same exclusions as in Chromium (./standalone/exclusions.ts).
import './standalone/globals-before.js';
import './standalone/use-standalone.js';
import './standalone/exclusions.js';
import './production-messages.js';
import './shared.js';
import './standalone/engine-standalone.spec.js';
import './standalone/escape-warning.spec.js';
import './opentelemetry/context-manager.spec.js';
import './opentelemetry/event-emitter.spec.js';
import './opentelemetry/standalone.spec.js';
import './node/listeners.spec.js';
