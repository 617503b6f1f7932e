// The example server under concurrent load: every response, and every log
// line, must carry its own request's id and user (the examples' own check).
import { loadServer } from '../../examples/node-server/load-check.mjs';
import { startServer } from '../../examples/node-server/server.mjs';

/** `count` concurrent requests to the node:http example; `crossed` counts wrong responses and log lines. */
export async function httpRequests(count, maxDelayMs = 20) {
  const { requests, logLines, wrongResponses, wrongLines } = await loadServer(startServer, {
    count,
    maxDelayMs,
  });
  return { requests, logLines, crossed: wrongResponses + wrongLines };
}
