// What every toolchain case shares: the packed tasklocal tarball, the fixture
// dependency packed as a tarball too (so it lands in node_modules as a real
// copy, as from npm), one static server on 127.0.0.1 and one headless Chromium.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import chromium from '../../scripts/chromium.cjs';
import { runCommand } from '../../scripts/packaging/command.mjs';
import { buildAndPack } from '../../scripts/packaging/pack.mjs';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

const CONTENT_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves workDir's files, and /data.txt for the apps to fetch (from any origin: Vite dev has its own). */
function serveStatic(workDir) {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (pathname === '/data.txt') return response.end('some data');
    const file = path.join(workDir, path.normalize(decodeURIComponent(pathname)));
    if (!file.startsWith(workDir + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.statusCode = 404;
      return response.end();
    }
    response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The fixture dependency (fixtures/dep) packed into workDir; returns the tarball's path. */
export function packFixtureDep(workDir) {
  const [dep] = JSON.parse(
    runCommand('npm', ['pack', '--json', '--pack-destination', workDir, path.join(fixturesDir, 'dep')], {
      cwd: workDir,
    }),
  );
  return path.join(workDir, dep.filename);
}

/** Packs both packages, starts the server and Chromium; `close()` undoes it all. */
export async function startSuite() {
  const { workDir, tarball } = buildAndPack();
  const depTarball = packFixtureDep(workDir);
  const server = await serveStatic(workDir);
  const browser = await puppeteer.launch({
    executablePath: chromium.chromiumPath(),
    headless: true,
    args: chromium.CHROMIUM_FLAGS,
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    workDir,
    tarball,
    depTarball,
    browser,
    dataUrl: `${origin}/data.txt`,
    /** The URL the static server gives a file under workDir. */
    urlOf: (file) => `${origin}/${path.relative(workDir, file).split(path.sep).join('/')}`,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (process.env.KEEP_CONSUMERS) console.log(`consumers kept in ${workDir}`);
      else fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
