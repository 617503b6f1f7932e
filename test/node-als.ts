// The Node suite on the AsyncLocalStorage engine: zone.js is never loaded, so
// tasklocal chooses AsyncLocalStorage at first use.
import './production-messages.js';
import './shared.js';
import './als/engine-als.spec.js';
import './als/native-async-als.spec.js';
import './node/inspect.spec.js';
import './opentelemetry/context-manager.spec.js';
import './opentelemetry/callbacks.spec.js';
import './opentelemetry/event-emitter.spec.js';
import './opentelemetry/node-callbacks.spec.js';
import './node/listeners.spec.js';
