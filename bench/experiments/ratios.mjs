// How the plugin cost experiments report: the median of each side's rounds,
// and their ratio, both sides timed alternately in one run (the machine's load
// moves absolute times far more than it moves a ratio).

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Prints `label`'s medians without and with the plugin, and their ratio. */
export function reportRatio(label, without, withPlugin) {
  const [a, b] = [median(without), median(withPlugin)];
  console.log(
    `median ${label}: without ${a.toFixed(0)} ms, with ${b.toFixed(0)} ms, ratio ${(b / a).toFixed(2)}×`,
  );
}
