// Runs the standalone suite (browser-standalone.js, built by `npm run
// build:test` into the mode's folder, test/build-mode.cjs) in headless Chromium, as a zoneless app runs: zone.js
// is never loaded, and the bundle chooses useEngine(standalone) first.
// STANDALONE_RUN_EXCLUDED=1 also runs the shared specs listed in
// test/standalone/exclusions.ts, to see that they still fail.
const { CHROMIUM_FLAGS, chromiumPath } = require('./scripts/chromium.cjs');
const { OUTPUT, UMD } = require('./test/build-mode.cjs');

process.env.CHROME_BIN = chromiumPath();

module.exports = (config) => {
  config.set({
    frameworks: ['jasmine'],
    files: [
      `${OUTPUT}/browser-standalone.js`,
      // Loaded by the specs' own iframes, not by the page running them.
      { pattern: UMD, included: false, served: true },
      { pattern: 'node_modules/zone.js/bundles/zone.umd.js', included: false, served: true },
    ],
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        flags: CHROMIUM_FLAGS,
      },
    },
    client: {
      jasmine: { random: true },
      args: process.env.STANDALONE_RUN_EXCLUDED ? ['--run-excluded'] : [],
    },
    reporters: ['dots'],
    singleRun: true,
    browserNoActivityTimeout: 120000,
  });
};
