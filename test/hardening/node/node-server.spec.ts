// The example server (examples/node-server, over dist/) under a modest load,
// so that `npm test` checks it too; `npm run stress` sends 2,000 requests.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface HttpRequestsResult {
  requests: number;
  logLines: number;
  crossed: number;
}

describe('the example HTTP server', () => {
  it('answers 200 concurrent requests each with its own id and user, and logs them under the right request', async () => {
    const { httpRequests } = (await import(
      pathToFileURL(resolve('scripts/stress/http-requests.mjs')).href
    )) as {
      httpRequests: (count: number, maxDelayMs?: number) => Promise<HttpRequestsResult>;
    };
    expect(await httpRequests(200, 5)).toEqual({ requests: 200, logLines: 400, crossed: 0 });
  }, 30_000);
});
