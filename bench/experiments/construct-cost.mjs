// Experiment behind BENCHMARKS.md's issue 19 section (not part of `npm run
// bench`): what constructing a Local, a TaskVar and a Local subclass costs, in
// ns, median of five rounds of 20,000. A subclass's construction includes the
// probe that runs its constructor up to super() once more. Pass another
// checkout's root to measure its dist/ instead (before → after).
//   node bench/experiments/construct-cost.mjs [root]
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(process.argv[2] ?? '.');
const { Local, TaskVar } = await import(pathToFileURL(path.join(root, 'dist/tasklocal.mjs')).href);

class RequestState extends Local {
  constructor(user, roles) {
    super(user, roles);
    this.user = user;
    this.roles = [...roles];
  }
}
const roles = ['reader'];
const kept = [];

/** ns per call of `make`, after a warm-up; the results are kept so that nothing is optimised away. */
function time(make, n = 20_000) {
  for (let i = 0; i < n / 10; i++) kept[i % 64] = make(i);
  const started = performance.now();
  for (let i = 0; i < n; i++) kept[i % 64] = make(i);
  return ((performance.now() - started) * 1e6) / n;
}
const median = (make) => Math.round(Array.from({ length: 5 }, () => time(make)).sort((a, b) => a - b)[2]);

console.log(
  JSON.stringify({
    root,
    'new Local()': median(() => new Local()),
    "new TaskVar({ name: 'x' })": median(() => new TaskVar({ name: 'x' })),
    'new RequestState(user, roles)': median((i) => new RequestState(`user-${i & 7}`, roles)),
  }),
);
