// Runs every case in the current environment (Node or the zone.js page) and
// returns plain figures; rounds and rows come from rounds.mjs, reporting and
// ratios from report.mjs. Measurements are chained with promises, never
// native await: a native await would drop the zone, and each case enters its
// own zone synchronously anyway.
import { measure } from 'mitata/src/lib.mjs'; // the measuring core, without mitata's CLI runner
import { IDLE, MEMORY, SEQUENCE, SEQUENCE_HEAP, SEQUENCE_SIZES, SPAWN, sequenceName } from './groups.mjs';
import { idleInheritCases, sequenceRound, timeIdleBatch } from './inherit-cases.mjs';
import { measureMemory, memoryCases } from './memory-cases.mjs';
import { microCases } from './micro-cases.mjs';
import { microRows, roundRobin, row, sequence } from './rounds.mjs';
import { checkBatch, spawnCases } from './spawn-cases.mjs';

function spawnOnce(spawnCase, settings) {
  let last;
  const batch = () => spawnCase.batch(settings.tasks).then((results) => (last = results));
  return measure(batch, { ...settings.spawn }).then((stats) => {
    checkBatch(spawnCase.name, last);
    return stats.p50 / 1000 / settings.tasks; // ns per batch → µs per task
  });
}

/**
 * The sequence sizes, `rounds` rounds: per size, the best round's time per
 * task and the median round's heap held per task; a size no round ran (over
 * budget, or not in --quick's sizes) gets a row with no figure.
 */
function sequenceRows(settings, memory, log) {
  const rounds = [];
  const steps = Array.from(
    { length: settings.rounds.spawn },
    (_, round) => () =>
      sequenceRound(settings.sequenceSizes, memory, settings.sequenceBudget).then((figures) => {
        rounds.push(figures);
        const shown = figures.map((f) => (f === null ? 'skipped' : f.microsecondsPerTask.toFixed(2)));
        log(`  round ${round + 1}/${settings.rounds.spawn}  ${SEQUENCE}: ${shown.join(' / ')} µs`);
      }),
  );
  return sequence(steps).then(() =>
    SEQUENCE_SIZES.flatMap((tasks, index) => {
      const name = sequenceName(tasks);
      // null: over budget; undefined: not among this mode's sizes
      const ran = rounds.map((figures) => figures[index]).filter((figure) => figure != null);
      if (ran.length === 0)
        return [{ group: SEQUENCE, name, unit: 'µs', value: null, worst: null, rounds: [] }];
      const time = row(
        SEQUENCE,
        name,
        'µs',
        ran.map((figure) => figure.microsecondsPerTask),
      );
      if (memory === null) return [time];
      const held = ran.map((figure) => figure.heldPerTask);
      return [time, { ...row(SEQUENCE_HEAP, name, 'B', held), value: median(held) }];
    }),
  );
}

function median(values) {
  return [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];
}

/**
 * @param options.settings  from settingsFor(quick)
 * @param options.extraMicro  environment-only micro cases (AsyncLocalStorage in Node)
 * @param options.memory  { gc, heapUsed } or null when the environment cannot measure the heap
 */
export function runSuite({ settings, extraMicro = [], memory, log = () => {} }) {
  const results = {
    tasks: settings.tasks,
    idleTasks: settings.idleTasks,
    quick: settings.quick,
    rounds: settings.rounds,
    rows: [],
  };
  const micro = [...microCases, ...extraMicro];
  const spawns = spawnCases.map((spawnCase) => ({ ...spawnCase, group: SPAWN }));
  const idles = idleInheritCases.map((idleCase) => ({ ...idleCase, group: IDLE }));
  const memories = memoryCases.map((memoryCase) => ({ ...memoryCase, group: MEMORY }));
  const retained = new Map();
  const memoryOnce = (memoryCase) =>
    measureMemory(memoryCase, settings.tasks, memory).then((round) => {
      retained.set(memoryCase.name, Math.max(retained.get(memoryCase.name) ?? 0, round.retained));
      return round.bytesPerTask;
    });

  return microRows(micro, settings, log)
    .then((rows) => results.rows.push(...rows))
    .then(() => roundRobin(spawns, settings.rounds.spawn, (item) => spawnOnce(item, settings), log))
    .then((figures) => spawns.forEach((s, i) => results.rows.push(row(SPAWN, s.name, 'µs', figures[i]))))
    .then(() => (memory === null ? [] : roundRobin(memories, settings.rounds.memory, memoryOnce, log)))
    .then((figures) =>
      figures.forEach((perRound, i) =>
        results.rows.push({
          ...row(MEMORY, memories[i].name, 'B', perRound),
          // bytes per task: the median round, not the smallest (heap readings are not timing noise)
          value: median(perRound),
          retained: retained.get(memories[i].name),
        }),
      ),
    )
    .then(() =>
      roundRobin(
        idles,
        settings.rounds.spawn,
        (item) => timeIdleBatch(item, settings.idleTasks, memory?.gc),
        log,
      ),
    )
    .then((figures) => idles.forEach((s, i) => results.rows.push(row(IDLE, s.name, 'µs', figures[i]))))
    .then(() => sequenceRows(settings, memory, log))
    .then((rows) => results.rows.push(...rows))
    .then(() => results);
}
