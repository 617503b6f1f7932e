// Runs the browser suite (browser.js, built by `npm run build:test` into the
// mode's folder, test/build-mode.cjs) in Debian's headless Chromium. The UMD
// bundle of the same mode is loaded before zone.js on purpose: tasklocal looks
// the global Zone up at first use, not at load.
const { CHROMIUM_FLAGS, chromiumPath } = require('./scripts/chromium.cjs');
const { OUTPUT, UMD } = require('./test/build-mode.cjs');

process.env.CHROME_BIN = chromiumPath();

module.exports = (config) => {
  config.set({
    frameworks: ['jasmine'],
    files: [
      UMD,
      'node_modules/zone.js/bundles/zone.umd.js',
      `${OUTPUT}/browser.js`,
      // The production UMD for the page spec that reads its coded messages, in either mode.
      ...(UMD.endsWith('.min.js')
        ? []
        : [{ pattern: 'dist/tasklocal.umd.min.js', included: false, served: true }]),
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
