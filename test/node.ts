// The Node suite: zone.js/node first, then the shared specs, then Node's own.
import 'zone.js/node';
import './shared.js';
import './node/node-apis.spec.js';
import './node/angular.spec.js';
import './node/gc.spec.js';
import './node/dist.spec.js';
import './hardening/node/zone-load.spec.js';
import './hardening/node/node-server.spec.js';
