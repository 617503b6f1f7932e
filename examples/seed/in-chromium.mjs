// Opens index.html (zone.js and the minified UMD bundle, loaded by <script>
// tags) in Debian's headless Chromium and prints what the page logs.
import puppeteer from 'puppeteer-core';
import chromium from '../../scripts/chromium.cjs';

const browser = await puppeteer.launch({
  executablePath: chromium.chromiumPath(),
  headless: true,
  args: chromium.CHROMIUM_FLAGS,
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
