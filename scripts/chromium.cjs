// Debian's headless Chromium as every browser check here starts it: Karma,
// the seed page, the packaging and example checks, the benchmarks. As root it
// needs --no-sandbox; the other flags keep it off this closed network.
const fs = require('node:fs');

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary (CHROME_BIN, else /usr/bin/chromium), or an Error saying how to install it. */
function chromiumPath() {
  const path = process.env.CHROME_BIN || '/usr/bin/chromium';
  if (!fs.existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's: apt-get update && apt-get install -y chromium ` +
        '(or set CHROME_BIN to a Chrome or Chromium binary).',
    );
  }
  return path;
}

module.exports = { CHROMIUM_FLAGS, chromiumPath };
