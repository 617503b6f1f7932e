// An Express 5 server in which every request runs as a task of its own. The
// first middleware starts the task; everything after it (middleware, route
// handler, whatever they await) runs inside it, so the request Local and the
// logger below the handler need no request object passed to them.
//
// Plain native async/await, no build step: in Node without zone.js, tasklocal
// runs on AsyncLocalStorage, which follows native await. (With zone.js loaded,
// native await loses the task: see zone-server.mjs.)
//
// Run it alone after `npm run build`:  node examples/express/server.mjs
// then: curl -H 'x-user: ann' http://127.0.0.1:3000/orders/42
import express from 'express';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { spawn } from 'tasklocal';
import { log, setLogWriter } from './logger.mjs';
import { request } from './request-context.mjs';

/** Stands in for I/O (a session store, a database): 0–5 ms, so requests overlap. */
const latency = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

/** First in the chain: the rest of the request runs in this task. */
export function requestTask(req, res, next) {
  spawn(
    () => {
      request.id = req.get('x-request-id') ?? randomUUID();
      next();
    },
    { name: 'request' },
  ).catch((error) => next(error));
}

/** Async middleware that writes to the request's Local after an await. */
async function authenticate(req, res, next) {
  await latency(); // say, a session lookup
  request.user = req.get('x-user') ?? 'anonymous';
  next();
}

/** Deep in the call stack: logs with the request's id and user, given neither. */
async function findOrder(id) {
  await latency();
  log(`loaded /orders/${id}`);
  return { id };
}

async function showOrder(req, res) {
  log(`GET ${req.originalUrl}`);
  const order = await findOrder(req.params.id);
  await latency();
  res.set('x-request-id', request.id).json({ id: request.id, user: request.user, order });
}

// Errors answer 500 without a stack trace on the console.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
export function sendError(error, req, res, next) {
  res.status(500).json({ error: error.message });
}

/**
 * Starts the app on 127.0.0.1 (port 0 picks a free one); resolves with its url
 * and close(). `log` receives the log lines instead of console.log.
 */
export function listen(app, { port = 0, log: writer } = {}) {
  if (writer) setLogWriter(writer);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1');
    server.once('error', reject);
    server.once('listening', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** Starts this example's server; options as for listen(). */
export function startServer(options) {
  const app = express();
  app.use(requestTask, authenticate);
  app.get('/orders/:id', showOrder);
  app.use(sendError);
  return listen(app, options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000) });
  console.log(`listening on ${url}; try: curl -H 'x-user: ann' ${url}/orders/42 (Ctrl-C stops)`);
}
