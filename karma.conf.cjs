// Runs the browser suite (.build/test/browser.js, built by `npm run build:test`)
// in Debian's headless Chromium. The UMD bundle is loaded before zone.js on
// purpose: tasklocal looks the global Zone up at first use, not at load.
const { CHROMIUM_FLAGS, chromiumPath } = require('./scripts/chromium.cjs');

process.env.CHROME_BIN = chromiumPath();

module.exports = (config) => {
  config.set({
    frameworks: ['jasmine'],
    files: [
      'dist/tasklocal.umd.min.js',
      'node_modules/zone.js/bundles/zone.umd.js',
      '.build/test/browser.js',
      // The development UMD, for the specs' own iframes (test/browser/without-zone.spec.ts).
      { pattern: 'dist/tasklocal.umd.js', included: false, served: true },
      { pattern: 'test/fixtures/**', included: false, served: true },
    ],
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        flags: CHROMIUM_FLAGS,
      },
    },
    client: { jasmine: { random: true } },
    reporters: ['dots'],
    singleRun: true,
    browserNoActivityTimeout: 120000,
  });
};
