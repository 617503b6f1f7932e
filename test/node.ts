// The Node suite on the zone engine: zone.js/node first, then the shared
// specs, the zone specs, then Node's own.
import 'zone.js/node';
import './production-messages.js';
import './shared.js';
import './zone.js';
import './production-messages.spec.js';
import './node/node-apis.spec.js';
import './node/angular.spec.js';
import './node/gc.spec.js';
import './node/inspect.spec.js';
import './node/listeners.spec.js';
import './node/dist.spec.js';
import './node/error-codes.spec.js';
import './hardening/node/zone-load.spec.js';
import './hardening/node/node-server.spec.js';
import './hardening/node/two-copies.spec.js';
import './opentelemetry/context-manager.spec.js';
import './opentelemetry/callbacks.spec.js';
import './opentelemetry/event-emitter.spec.js';
import './opentelemetry/node-callbacks.spec.js';
import './opentelemetry/zone.spec.js';
import './hardening/node/require-task-first.spec.js';
