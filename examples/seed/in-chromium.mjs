// Opens index.html (zone.js and the minified UMD bundle, loaded by <script>
// tags) in Debian's headless Chromium and prints what the page logs.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const executablePath = process.env.CHROME_BIN || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}. Install it with: apt-get update && apt-get install -y chromium ` +
      '(or set CHROME_BIN).',
  );
  process.exit(1);
}

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  const done = new Promise((resolve, reject) => {
    page.on('console', (message) => {
      const text = message.text();
      if (text === 'done') resolve();
      else if (text.startsWith('error')) reject(new Error(text));
      else console.log(`${text}   (headless Chromium)`);
    });
    page.on('pageerror', reject);
  });
  await page.goto(new URL('index.html', import.meta.url).href);
  await Promise.race([
    done,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('the page did not finish in 10 s')), 10_000),
    ),
  ]);
} finally {
  await browser.close();
}
