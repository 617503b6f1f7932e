// The Node suite on the AsyncLocalStorage engine: zone.js is never loaded, so
// tasklocal chooses AsyncLocalStorage at first use.
import './shared.js';
import './als/engine-als.spec.js';
import './node/inspect.spec.js';
import './node/listeners.spec.js';
