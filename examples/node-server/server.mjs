// An HTTP server that handles every request in a task of its own and keeps
// the request's id and user in a Local, so that code anywhere below the
// handler (here, the logger) reads them without being passed anything.
//
// Run it alone after `npm run build`:  node examples/node-server/server.mjs
// then: curl -H 'x-user: ann' http://127.0.0.1:3000/hello
import 'zone.js/node';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { spawn } from 'tasklocal';
import { log, setLogWriter } from './logger.mjs';
import { request } from './request-context.mjs';

let requestsSeen = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A generator, not an async function: zone.js cannot follow a native await,
// while spawn awaits each yielded promise inside the task.
function* handle(req, res, maxDelayMs) {
  request.id = req.headers['x-request-id'] ?? `request-${++requestsSeen}`;
  request.user = req.headers['x-user'] ?? 'anonymous';
  log(`${req.method} ${req.url}`);
  yield new Promise((resolve) => req.resume().on('end', resolve)); // the (empty) body
  yield sleep(Math.random() * maxDelayMs); // other requests run meanwhile
  yield new Promise((resolve) => setImmediate(resolve));
  log(`responding to ${req.url}`);
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-request-id', request.id);
  res.end(JSON.stringify({ id: request.id, user: request.user }));
}

/**
 * Starts the server; resolves with its address and a close() function.
 * Options: port (0 picks a free one), host, maxDelayMs (a random delay inside
 * each request, to make requests overlap), log (a function for log lines).
 */
export function startServer({ port = 0, host = '127.0.0.1', maxDelayMs = 0, log: writer } = {}) {
  if (writer) setLogWriter(writer);
  const server = http.createServer((req, res) => {
    spawn(() => handle(req, res, maxDelayMs), { name: 'request' }).catch((error) => {
      console.error(error);
      res.statusCode = 500;
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  startServer({ port, maxDelayMs: 50 }).then(
    ({ url, close }) => {
      console.log(`listening on ${url}; try: curl -H 'x-user: ann' ${url}/hello (Ctrl-C stops)`);
      process.once('SIGINT', () => close().then(() => process.exit(0)));
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
