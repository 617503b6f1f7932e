// Runs the browser suite (.build/test/browser.js, built by `npm run build:test`)
// in Debian's headless Chromium. The UMD bundle is loaded before zone.js on
// purpose: tasklocal looks the global Zone up at first use, not at load.
const fs = require('node:fs');

const chromium = process.env.CHROME_BIN || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's: apt-get update && apt-get install -y chromium ` +
      '(or set CHROME_BIN to a Chrome or Chromium binary).',
  );
}
process.env.CHROME_BIN = chromium;

module.exports = (config) => {
  config.set({
    frameworks: ['jasmine'],
    files: [
      'dist/tasklocal.umd.min.js',
      'node_modules/zone.js/bundles/zone.umd.js',
      '.build/test/browser.js',
      { pattern: 'test/fixtures/**', included: false, served: true },
    ],
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    client: { jasmine: { random: true } },
    reporters: ['dots'],
    singleRun: true,
    browserNoActivityTimeout: 120000,
  });
};
