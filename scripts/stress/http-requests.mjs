// The example server under concurrent load: every response, and every log
// line, must carry its own request's id and user.
import http from 'node:http';
import { startServer } from '../../examples/node-server/server.mjs';

/** Parses a response body; a broken one (say, an error page) counts as a wrong response. */
function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}

function get(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ header: res.headers['x-request-id'], body: parse(body) }));
      })
      .on('error', reject);
  });
}

export async function httpRequests(count, maxDelayMs = 20) {
  const lines = [];
  const server = await startServer({ maxDelayMs, log: (line) => lines.push(line) });
  let crossed = 0;
  try {
    const responses = await Promise.all(
      Array.from({ length: count }, (_, index) => {
        const expected = { id: `r${index}`, user: `user${index % 97}` };
        return get(`${server.url}/orders/${expected.id}`, {
          'x-request-id': expected.id,
          'x-user': expected.user,
        }).then(({ header, body }) => ({ expected, header, body }));
      }),
    );
    for (const { expected, header, body } of responses) {
      if (header !== expected.id || body.id !== expected.id || body.user !== expected.user) crossed++;
    }
    // Each line is "[id user] … /orders/<id>": the logger's id must be the URL's.
    for (const line of lines) {
      const match = /^\[(\S+) (\S+)\] .*\/orders\/(\S+)$/.exec(line);
      if (!match || match[1] !== match[3] || match[2] !== `user${Number(match[1].slice(1)) % 97}`) crossed++;
    }
    if (lines.length !== 2 * count) crossed += Math.abs(lines.length - 2 * count);
  } finally {
    await server.close();
  }
  return { requests: count, logLines: lines.length, crossed };
}
