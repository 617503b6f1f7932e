// How the plugin cost experiments report: the median of each side's rounds,
// and their ratio, both sides timed alternately in one run. Each round is
// timed on the wall clock and in this process's CPU time (every thread's, user
// and system): on a machine shared with other jobs the wall clock moves with
// their load far more than the CPU time this process spends does.

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `run` once; resolves to its wall-clock and CPU milliseconds. */
export async function measure(run) {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await run();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpuBefore);
  return { wall, cpu: (user + system) / 1000 };
}

/** Prints `label`'s medians without and with the plugin, and their ratios, from measure()'s samples. */
export function reportRatio(label, without, withPlugin) {
  const line = (key) => {
    const [a, b] = [median(without.map((s) => s[key])), median(withPlugin.map((s) => s[key]))];
    return `${a.toFixed(0)} → ${b.toFixed(0)} ms, ${(b / a).toFixed(2)}×`;
  };
  console.log(`median ${label}: wall ${line('wall')}; CPU ${line('cpu')}`);
}
