// An HTTP server that handles every request in a task of its own and keeps
// the request's id and user in a Local, so that code anywhere below the
// handler (here, the logger) reads them without being passed anything.
//
// It loads no zone.js: in Node, tasklocal then runs on AsyncLocalStorage.
// The handler is written as generators all the same (spawn and `yield*` drive
// them inside the task), so this very file also keeps every request its own in
// a process that loads zone.js first, as `npm run stress` does; with native
// async functions that would hold on AsyncLocalStorage only.
//
// Run it alone after `npm run build`:  node examples/node-server/server.mjs
// then: curl -H 'x-user: ann' http://127.0.0.1:3000/orders/42
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { spawn } from 'tasklocal';
import { log, setLogWriter } from './logger.mjs';
import { request } from './request-context.mjs';

let requestsSeen = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes to the request's Local after a wait, as a session lookup would. */
function* authenticate(req, maxDelayMs) {
  yield sleep(Math.random() * maxDelayMs);
  request.user = req.headers['x-user'] ?? 'anonymous';
}

/** Deep in the call stack: logs with the request's id and user, given neither. */
function* findOrder(id, maxDelayMs) {
  yield sleep(Math.random() * maxDelayMs); // other requests run meanwhile
  log(`loaded /orders/${id}`);
  return { id };
}

function* handle(req, res, maxDelayMs) {
  request.id = req.headers['x-request-id'] ?? `request-${++requestsSeen}`;
  yield* authenticate(req, maxDelayMs);
  log(`${req.method} ${req.url}`);
  yield new Promise((resolve) => req.resume().on('end', resolve)); // the (empty) body
  const order = yield* findOrder(req.url.split('/').at(-1), maxDelayMs);
  yield new Promise((resolve) => setImmediate(resolve));
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-request-id', request.id);
  res.end(JSON.stringify({ id: request.id, user: request.user, order }));
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
      console.log(`listening on ${url}; try: curl -H 'x-user: ann' ${url}/orders/42 (Ctrl-C stops)`);
      process.once('SIGINT', () => close().then(() => process.exit(0)));
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
