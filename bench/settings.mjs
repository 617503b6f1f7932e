// How long each kind of case runs, in full and in --quick mode. Quick mode
// only proves the harness still works (CI runs it); its figures are noisy.
//
// Cases run in rounds, round-robin (every case once per round): a burst of
// load from elsewhere on a shared machine then hits one round of every case
// rather than all rounds of one case. Each figure is the best round's median.

import { SEQUENCE_SIZES } from './groups.mjs';

/** Operations per iteration of a micro-benchmark loop: amortises mitata's per-iteration cost. */
export const INNER = 100;

export function settingsFor(quick) {
  return quick
    ? {
        quick: true,
        rounds: { micro: 1, spawn: 1, memory: 1 },
        // mitata options (times in ns)
        micro: { min_samples: 4, min_cpu_time: 5e6, batch_samples: 256, warmup_samples: 1 },
        tasks: 10_000,
        spawn: { min_samples: 1, max_samples: 1, min_cpu_time: 0, inner_gc: true },
        idleTasks: 2_000,
        sequenceSizes: SEQUENCE_SIZES.slice(0, 2), // the larger sizes show as not run
        sequenceBudget: 5_000,
      }
    : {
        quick: false,
        rounds: { micro: 5, spawn: 3, memory: 3 },
        micro: { min_cpu_time: 150e6 },
        tasks: 100_000,
        // one timed batch per round (mitata adds one warm-up batch before it)
        spawn: { min_samples: 1, max_samples: 1, min_cpu_time: 0, inner_gc: true },
        // tasks per batch beside 1,000 idle inheriting Locals (the old code took ~100 µs per spawn there)
        idleTasks: 20_000,
        // ms: a sequence run longer than this skips the larger sizes (quadratic code would take minutes)
        sequenceSizes: SEQUENCE_SIZES,
        sequenceBudget: 5_000,
      };
}
