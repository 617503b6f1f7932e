// A tiny server for the built app: it serves dist/ and answers the app's API
// calls with the tags it found on each request, and records every request so
// the test can check which action's tag each one carried. Listens on 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves `root` on a free port of 127.0.0.1; `requests` lists the API calls seen so far. */
export async function serveApp(root) {
  const requests = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) return serveFile(root, url.pathname, response);
    const seen = {
      method: request.method,
      path: url.pathname,
      for: url.searchParams.get('for'),
      action: request.headers['x-action'] ?? null,
      actor: request.headers['x-actor'] ?? null,
      number: request.headers['x-request-number'] ?? null,
    };
    requests.push(seen);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ action: seen.action, actor: seen.actor }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

function serveFile(root, pathname, response) {
  const file = path.join(root, path.normalize(pathname === '/' ? '/index.html' : pathname));
  if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(response);
}
