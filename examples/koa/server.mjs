// A Koa 3 server in which every request runs as a task of its own. The first
// middleware starts the task and runs the rest of the chain (next()) inside
// it, so later middleware, the route and whatever they await run in that task:
// the request Local and the logger below the route need no ctx passed to them.
//
// Plain native async/await, no build step: in Node without zone.js, tasklocal
// runs on AsyncLocalStorage, which follows native await.
//
// Run it alone after `npm run build`:  node examples/koa/server.mjs
// then: curl -H 'x-user: ann' http://127.0.0.1:3000/orders/42
import Koa from 'koa';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { spawn } from 'tasklocal';
import { log, setLogWriter } from './logger.mjs';
import { request } from './request-context.mjs';

/** Stands in for I/O (a session store, a database): 0–5 ms, so requests overlap. */
const latency = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

/** First in the chain: the rest of the request runs in this task, which Koa awaits. */
function requestTask(ctx, next) {
  return spawn(
    () => {
      request.id = ctx.get('x-request-id') || randomUUID();
      return next();
    },
    { name: 'request' },
  );
}

/** Async middleware that writes to the request's Local after an await. */
async function authenticate(ctx, next) {
  await latency(); // say, a session lookup
  request.user = ctx.get('x-user') || 'anonymous';
  await next();
}

/** Deep in the call stack: logs with the request's id and user, given neither. */
async function findOrder(id) {
  await latency();
  log(`loaded /orders/${id}`);
  return { id };
}

/** The one route, GET /orders/:id (Koa has no router of its own). */
async function showOrder(ctx) {
  const id = /^\/orders\/([^/]+)$/.exec(ctx.path)?.[1];
  if (ctx.method !== 'GET' || id === undefined) return; // Koa answers 404
  log(`GET ${ctx.url}`);
  const order = await findOrder(id);
  await latency();
  ctx.set('x-request-id', request.id);
  ctx.body = { id: request.id, user: request.user, order };
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one); resolves with its
 * url and close(). `log` receives the log lines instead of console.log.
 */
export function startServer({ port = 0, log: writer } = {}) {
  if (writer) setLogWriter(writer);
  const app = new Koa();
  app.use(requestTask).use(authenticate).use(showOrder);
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000) });
  console.log(`listening on ${url}; try: curl -H 'x-user: ann' ${url}/orders/42 (Ctrl-C stops)`);
}
