// `node --test test/toolchains/opentelemetry-node.test.mjs`: an Express 5
// server traced with OpenTelemetry's Node SDK (http and express
// instrumentations), installed from the packed tarball into a CommonJS
// project and run in a child process without zone.js, so tasklocal runs on
// AsyncLocalStorage. 500 concurrent requests on 127.0.0.1: every span a
// request makes must sit in its request's trace, under its server span, as it
// does with OpenTelemetry's own AsyncLocalStorageContextManager (also run).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildAndPack, makeConsumer, repoRoot } from '../../scripts/packaging/pack.mjs';
import { fixturesDir } from './harness.mjs';

const PACKAGES = [
  'express',
  '@opentelemetry/api',
  '@opentelemetry/sdk-trace-node',
  '@opentelemetry/context-async-hooks',
  '@opentelemetry/instrumentation',
  '@opentelemetry/instrumentation-http',
  '@opentelemetry/instrumentation-express',
];
const REQUESTS = 500;
const SERVER_KIND = 1; // SpanKind.SERVER
const installed = (name) => path.join(repoRoot, 'node_modules', name);

/** Starts `node [--require preload] --require ./<tracing> server.cjs` in dir; resolves to its port and a stop function. */
function startServer(dir, tracing, preload = []) {
  const requires = [...preload, `./${tracing}`].flatMap((module) => ['--require', module]);
  const child = spawn(process.execPath, [...requires, 'server.cjs'], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const port = /listening (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ port: Number(port), stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
}

/** GETs a path from the server; resolves to the parsed JSON body. */
function getJson(port, pathname) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

/**
 * Groups the spans by trace and says, per request, whether its trace holds
 * exactly its server span and its own spans, each span's parent in the same
 * trace and the order spans carrying this request's id.
 */
function checkTraces(spans) {
  const traces = new Map();
  for (const span of spans) traces.set(span.traceId, [...(traces.get(span.traceId) ?? []), span]);
  const problems = [];
  const requests = new Set();
  for (const [traceId, members] of traces) {
    const servers = members.filter((span) => span.kind === SERVER_KIND);
    if (servers.length !== 1) {
      problems.push(`trace ${traceId} has ${servers.length} server spans`);
      continue;
    }
    const id = /\/orders\/(\d+)/.exec(servers[0].target ?? '')?.[1];
    requests.add(id);
    const ids = new Set(members.map((span) => span.spanId));
    for (const span of members) {
      if (span !== servers[0] && !ids.has(span.parentSpanId)) {
        problems.push(`request ${id}: span "${span.name}" has its parent outside the request's trace`);
      }
      if (span.orderId !== null && span.orderId !== id) {
        problems.push(`request ${id}: span "${span.name}" of order ${span.orderId} sits in its trace`);
      }
    }
    const own = members.filter((span) => span.orderId === id).length;
    if (own !== 2) problems.push(`request ${id}: ${own} order spans in its trace, not 2`);
  }
  return { traces: traces.size, requests: requests.size, problems };
}

it("the README's Node setup is this server's, word for word", () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const file = path.join(fixturesDir, 'opentelemetry-node', 'tracing-tasklocal.cjs');
  assert.ok(readme.includes(fs.readFileSync(file, 'utf8')), `README.md does not show ${file} as it is`);
});

describe('an Express 5 server traced with the OpenTelemetry Node SDK, 500 concurrent requests', () => {
  let packed;
  let dir;

  before(() => {
    packed = buildAndPack();
    dir = makeConsumer(packed.workDir, packed.tarball, 'node-opentelemetry', {
      type: 'commonjs',
      extraPackages: PACKAGES.map(installed),
    });
    fs.cpSync(path.join(fixturesDir, 'opentelemetry-node'), dir, { recursive: true });
  });
  after(() => {
    if (packed && !process.env.KEEP_CONSUMERS) fs.rmSync(packed.workDir, { recursive: true, force: true });
  });

  it('ships the entry as ESM, CJS and types, while the runtime entries never mention @opentelemetry', () => {
    for (const file of ['mjs', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/opentelemetry.${ext}`)) {
      assert.ok(packed.files.includes(file), `the tarball lacks ${file}`);
    }
    // Every runtime build: Node, browser and UMD, in each form they come in (development, production, NODE_ENV).
    const dist = path.join(dir, 'node_modules', 'tasklocal', 'dist');
    const runtimeBuilds = fs
      .readdirSync(dist)
      .filter((file) => /^tasklocal\.(.+\.)?(mjs|cjs|js)$/.test(file));
    assert.equal(runtimeBuilds.length, 11, `runtime builds: ${runtimeBuilds.join(', ')}`);
    for (const file of runtimeBuilds) {
      const text = fs.readFileSync(path.join(dist, file), 'utf8');
      assert.ok(!text.includes('@opentelemetry'), `dist/${file} mentions @opentelemetry`);
    }
  });

  for (const [tracing, engine] of [
    ['tracing-tasklocal.cjs', 'async-local-storage'],
    ['tracing-async-local-storage.cjs', null],
  ]) {
    it(`${tracing}: every span a request makes sits in its request's trace, under its server span`, async (t) => {
      const server = await startServer(dir, tracing);
      try {
        const ids = Array.from({ length: REQUESTS }, (_, index) => String(index));
        const responses = await Promise.all(ids.map((id) => getJson(server.port, `/orders/${id}`)));
        assert.deepEqual(
          responses.map((response) => response.id),
          ids,
        );
        const report = await getJson(server.port, '/spans');
        const result = checkTraces(report.spans);
        t.diagnostic(
          `${report.spans.length} spans in ${result.traces} traces; ${result.problems.length} problems`,
        );
        if (engine !== null) assert.equal(report.engine, engine);
        assert.deepEqual(result.problems.slice(0, 10), []);
        assert.equal(result.requests, REQUESTS);
      } finally {
        server.stop();
      }
    });
  }

  it('control: with zone.js loaded first, tasklocal runs on zones, native await loses the context, and the check says so', async (t) => {
    const server = await startServer(dir, 'tracing-tasklocal.cjs', ['zone.js/node']);
    try {
      await Promise.all(Array.from({ length: REQUESTS }, (_, id) => getJson(server.port, `/orders/${id}`)));
      const report = await getJson(server.port, '/spans');
      const result = checkTraces(report.spans);
      t.diagnostic(
        `${report.spans.length} spans in ${result.traces} traces; ${result.problems.length} problems`,
      );
      assert.equal(report.engine, 'zone');
      assert.ok(
        result.problems.length > 0,
        'the check found nothing wrong where native await lost every context',
      );
    } finally {
      server.stop();
    }
  });
});
