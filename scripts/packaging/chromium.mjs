// Headless Chromium for the page checks: Debian's /usr/bin/chromium (or
// CHROME_BIN) driven by puppeteer-core, with the flags it needs as root in CI.
import puppeteer from 'puppeteer-core';
import chromium from '../chromium.cjs';

/** Runs `use(browser)` with a fresh headless Chromium, closed afterwards whatever happens. */
export async function withChromium(use) {
  const browser = await puppeteer.launch({
    executablePath: chromium.chromiumPath(),
    headless: true,
    args: chromium.CHROMIUM_FLAGS,
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Opens `url` and collects what the page logs until it logs "done". A page
 * error, a logged "error…" line or 10 s of silence fail with what was seen.
 */
export async function consoleUntilDone(browser, url) {
  const page = await browser.newPage();
  const lines = [];
  const finished = new Promise((resolve, reject) => {
    page.on('console', (message) => {
      const text = message.text();
      if (text === 'done') resolve(lines);
      else if (text.startsWith('error')) reject(new Error(`${url} logged ${text}`));
      else lines.push(text);
    });
    page.on('pageerror', (error) => reject(new Error(`${url} threw ${error.message}`)));
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${url} did not log "done" in 10 s; it logged: ${JSON.stringify(lines)}`)),
      10_000,
    );
  });
  await page.goto(url);
  try {
    return await Promise.race([finished, timeout]);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}
