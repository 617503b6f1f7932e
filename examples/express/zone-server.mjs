// The Express example for a process that loads zone.js (NgZone on the server,
// zone-aware libraries). There tasklocal runs on zones, and zone.js cannot
// follow a native await: code after it runs outside the task. So every
// function that awaits is written with coroutine(function* () { … }), and
// `yield` stands where `await` would: each step resumes in the caller's task.
// No build step. server.mjs, loaded under zone.js unchanged, loses the task
// after its first await, and its requireTask Local throws: every request
// fails (express.test.mjs shows both).
//
// Run it alone after `npm run build`:  node examples/express/zone-server.mjs
import 'zone.js/node';
import express from 'express';
import { pathToFileURL } from 'node:url';
import { coroutine } from 'tasklocal';
import { log } from './logger.mjs';
import { request } from './request-context.mjs';
import { listen, requestTask, sendError } from './server.mjs';

const latency = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

const authenticate = coroutine(function* (req, res, next) {
  yield latency(); // say, a session lookup
  request.user = req.get('x-user') ?? 'anonymous';
  next();
});

const findOrder = coroutine(function* (/** @type {string} */ id) {
  yield latency();
  log(`loaded /orders/${id}`);
  return { id };
});

const showOrder = coroutine(function* (req, res) {
  log(`GET ${req.originalUrl}`);
  const order = yield findOrder(req.params.id);
  yield latency();
  res.set('x-request-id', request.id).json({ id: request.id, user: request.user, order });
});

/** Starts this server; options as for listen() in server.mjs. */
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
