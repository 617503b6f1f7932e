// A Fastify 5 server in which every request runs as a task of its own. An
// onRequest hook starts the task and calls done() inside it, so the rest of
// the lifecycle (later hooks, the route handler, whatever they await) runs in
// that task: the request Local and the logger below the handler need no
// request object passed to them.
//
// Plain native async/await, no build step: in Node without zone.js, tasklocal
// runs on AsyncLocalStorage, which follows native await.
//
// Run it alone after `npm run build`:  node examples/fastify/server.mjs
// then: curl -H 'x-user: ann' http://127.0.0.1:3000/orders/42
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { spawn } from 'tasklocal';
import { log, setLogWriter } from './logger.mjs';
import { request } from './request-context.mjs';

/** Stands in for I/O (a session store, a database): 0–5 ms, so requests overlap. */
const latency = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

/** The first hook: the rest of the request runs in this task. A callback hook, so done() runs inside it. */
function requestTask(req, reply, done) {
  spawn(
    () => {
      request.id = req.headers['x-request-id'] ?? randomUUID();
      done();
    },
    { name: 'request' },
  ).catch((error) => done(error));
}

/** An async hook that writes to the request's Local after an await. */
async function authenticate(req) {
  await latency(); // say, a session lookup
  request.user = req.headers['x-user'] ?? 'anonymous';
}

/** Deep in the call stack: logs with the request's id and user, given neither. */
async function findOrder(id) {
  await latency();
  log(`loaded /orders/${id}`);
  return { id };
}

async function showOrder(req, reply) {
  log(`GET ${req.url}`);
  const order = await findOrder(req.params.id);
  await latency();
  reply.header('x-request-id', request.id);
  return { id: request.id, user: request.user, order };
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one); resolves with its
 * url and close(). `log` receives the log lines instead of console.log.
 */
export async function startServer({ port = 0, log: writer } = {}) {
  if (writer) setLogWriter(writer);
  const app = Fastify();
  app.addHook('onRequest', requestTask);
  app.addHook('preHandler', authenticate);
  app.get('/orders/:id', showOrder);
  await app.listen({ port, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${app.server.address().port}`, close: () => app.close() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000) });
  console.log(`listening on ${url}; try: curl -H 'x-user: ann' ${url}/orders/42 (Ctrl-C stops)`);
}
