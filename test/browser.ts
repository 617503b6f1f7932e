// The Chromium suite: Karma loads zone.js with a <script> tag before this bundle.
import './production-messages.js';
import './shared.js';
import './zone.js';
import './browser/browser-apis.spec.js';
import './browser/umd.spec.js';
import './hardening/browser/zone-twice.spec.js';
import './browser/without-zone.spec.js';
import './opentelemetry/context-manager.spec.js';
import './opentelemetry/callbacks.spec.js';
import './opentelemetry/zone.spec.js';
