// How long each kind of case runs, in full and in --quick mode. Quick mode
// only proves the harness still works (CI runs it); its figures are noisy.

/** Operations per iteration of a micro-benchmark loop: amortises mitata's per-iteration cost. */
export const INNER = 100;

export function settingsFor(quick) {
  return quick
    ? {
        quick: true,
        // mitata options for micro-benchmarks (times in ns)
        micro: { min_samples: 4, min_cpu_time: 5e6, batch_samples: 128, warmup_samples: 1 },
        tasks: 10_000,
        spawn: { min_samples: 2, max_samples: 2, min_cpu_time: 0, inner_gc: true },
        memoryRounds: 1,
      }
    : {
        quick: false,
        micro: { min_cpu_time: 1_000e6 },
        tasks: 100_000,
        spawn: { min_samples: 7, max_samples: 7, min_cpu_time: 0, inner_gc: true },
        memoryRounds: 3,
      };
}
