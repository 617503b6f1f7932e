// The control build: zone.js imported here instead of listed in angular.json's
// "polyfills". The builder then thinks the app is zoneless and keeps native
// async/await, which zone.js cannot follow: actions lose their task after the first await.
import 'zone.js';
import './main';
