// The inheriting-Local-per-task sequence of `npm run bench` at sizes of your
// choice, with no time budget (the suite skips sizes once a run takes over
// 5 s, which quadratic code reaches at 8,000 tasks). Node, zone.js engine;
// two warm-up runs of the smallest size, then one timed run per size.
//   npm run build && node --expose-gc bench/experiments/inherit-sequence.mjs 2000 4000 8000 16000
import 'zone.js/node';
import { sequenceRound } from '../inherit-cases.mjs';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0 || sizes.some((n) => !(n > 0)) || typeof gc !== 'function') {
  console.error('Usage: node --expose-gc bench/experiments/inherit-sequence.mjs <tasks> [<tasks> …]');
  process.exit(2);
}
const memory = { gc, heapUsed: () => process.memoryUsage().heapUsed };
const figures = await sequenceRound(sizes, memory, Infinity);
console.log('| tasks | µs per task | ratio to the first | heap held after the run and GC, per task |');
console.log('| ---: | ---: | ---: | ---: |');
for (const [index, figure] of figures.entries()) {
  const ratio = `${(figure.microsecondsPerTask / figures[0].microsecondsPerTask).toFixed(2)}×`;
  const time = figure.microsecondsPerTask.toFixed(1);
  console.log(
    `| ${sizes[index].toLocaleString('en')} | ${time} | ${ratio} | ${figure.heldPerTask.toFixed(0)} B |`,
  );
}
