// Load and soak checks, bounded: they stop by themselves.
//   npm run stress            full sizes
//   npm run stress -- --ci    smaller sizes, for CI
// Exits non-zero on any crossed value or when the heap does not come back.
import 'zone.js/node';
import { concurrentTasks } from './concurrent-tasks.mjs';
import { httpRequests } from './http-requests.mjs';
import { sequentialHeap } from './sequential-heap.mjs';

const ci = process.argv.includes('--ci');
const sizes = ci
  ? { concurrent: 10_000, requests: 500, sequential: 100_000 }
  : { concurrent: 100_000, requests: 2_000, sequential: 1_000_000 };
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

async function timed(label, check, describe) {
  const started = performance.now();
  const result = await check();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failed = result.crossed > 0 || result.ok === false;
  console.log(`${failed ? 'FAIL' : 'ok  '} ${label}: ${describe(result)} (${seconds} s)`);
  return !failed;
}

console.log(`tasklocal stress (${ci ? 'CI sizes' : 'full sizes'}), Node ${process.version}`);
const results = [
  await timed(
    'concurrent tasks',
    () => concurrentTasks(sizes.concurrent),
    (r) => `${r.tasks} tasks, 3 random hops each, ${r.crossed} crossed or lost values`,
  ),
  await timed(
    'HTTP server',
    () => httpRequests(sizes.requests),
    (r) => `${r.requests} concurrent requests, ${r.logLines} log lines, ${r.crossed} crossed or lost values`,
  ),
  await timed(
    'sequential tasks',
    () => sequentialHeap(sizes.sequential),
    (r) =>
      `${r.tasks} tasks, ${r.crossed} crossed or lost values; heap after GC ${mb(r.before)} -> ${mb(r.after)} ` +
      `(${(r.growth * 100).toFixed(1)}%, bound 5%; measured after ${r.warmUp} warm-up tasks, ` +
      `cold start ${mb(r.cold)}; largest sample while running ${mb(r.peak)})`,
  ),
];
if (results.includes(false)) process.exitCode = 1;
