// The load check the four server examples' tests share (http, Express,
// Fastify, Koa): many concurrent requests, each with an id and a user of its
// own, then a count of every response and log line that carries anything else.
//
// Each example's server answers GET /orders/:id with JSON { id, user, order }
// read from its request Local, and its logger writes "[id user] … /orders/<id>"
// lines; this checker only needs those two conventions.
import http from 'node:http';

/** GET url with headers on a fresh connection; resolves with status, id header and parsed body. */
function get(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, header: res.headers['x-request-id'], body }));
      })
      .on('error', reject);
  });
}

/** A broken body (an error page, say) parses to {} and so counts as wrong. */
function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}

/**
 * Sends `count` concurrent requests to `url` and checks what came back and
 * what was logged. `lines` is the array the server's logger appends to;
 * `linesPerRequest` is how many lines each request logs.
 * Resolves with { requests, logLines, wrongResponses, wrongLines, statuses }.
 */
export async function checkConcurrentRequests(url, { count, lines, linesPerRequest }) {
  const userOf = new Map();
  const responses = await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const id = `r${index}`;
      const user = `user${index}`;
      userOf.set(id, user);
      const sent = get(`${url}/orders/${id}`, { 'x-request-id': id, 'x-user': user });
      return sent.then((response) => ({ id, user, ...response }));
    }),
  );

  const statuses = {};
  let wrongResponses = 0;
  for (const { id, user, status, header, body } of responses) {
    statuses[status] = (statuses[status] ?? 0) + 1;
    const json = parse(body);
    const right =
      status === 200 && header === id && json.id === id && json.user === user && json.order?.id === id;
    if (!right) wrongResponses++;
  }

  // "[id user] … /orders/<id>": the id the logger read must be the one in the URL.
  let wrongLines = 0;
  for (const line of lines) {
    const match = /^\[(\S+) (\S+)\] .*\/orders\/(\S+)$/.exec(line);
    if (!match || match[1] !== match[3] || match[2] !== userOf.get(match[3])) wrongLines++;
  }
  // A line never written is as wrong as a line with the wrong id.
  wrongLines += Math.abs(count * linesPerRequest - lines.length);

  return { requests: count, logLines: lines.length, wrongResponses, wrongLines, statuses };
}

/** What a 500-request run reports when every request kept its own values. */
export const ALL_RIGHT = {
  requests: 500,
  logLines: 1000,
  wrongResponses: 0,
  wrongLines: 0,
  statuses: { 200: 500 },
};

/**
 * Starts a server with `startServer({ log, ...options })`, sends it `count`
 * (500) concurrent requests, closes it, and resolves with what the check counted.
 */
export async function loadServer(startServer, { count = 500, ...options } = {}) {
  const lines = [];
  const server = await startServer({ ...options, log: (line) => lines.push(line) });
  try {
    return await checkConcurrentRequests(server.url, { count, lines, linesPerRequest: 2 });
  } finally {
    await server.close();
  }
}
