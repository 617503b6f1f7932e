// Turns one environment's figures into tables: every figure as a ratio to its
// group's baseline from the same run, then each target with its verdict.
import {
  IDLE,
  MEMORY,
  READ,
  READ3,
  SEQUENCE,
  SEQUENCE_SIZES,
  SPAWN,
  WRITE,
  sequenceName,
} from './groups.mjs';

/** The baseline each group's ratio column divides by. */
export const GROUP_BASELINES = {
  [READ]: 'bare Proxy get trap',
  [READ3]: 'raw Zone.current.get',
  [WRITE]: 'bare Proxy set trap',
  [SPAWN]: 'raw Zone.fork({ name, properties }).run',
  [MEMORY]: 'raw Zone.fork({ properties }).run',
  [IDLE]: 'tasklocal spawn, 0 idle inheriting Locals',
  [SEQUENCE]: sequenceName(SEQUENCE_SIZES[0]),
};

/** The targets of issue 3: subject / baseline (same group, same run) must be ≤ limit. */
export const TARGETS = [
  { group: READ, subject: 'tasklocal local.x', baseline: 'bare Proxy get trap', limit: 1.3 },
  { group: READ, subject: 'tasklocal local.x', baseline: 'raw Zone.current.get', limit: 2.0 },
  { group: READ3, subject: 'tasklocal local.x', baseline: 'raw Zone.current.get', limit: 1.0 },
  { group: WRITE, subject: 'tasklocal local.x =', baseline: 'bare Proxy set trap', limit: 1.5 },
  // TaskVar (issue 5): no Proxy, so it must beat the raw zone lookup and OTel outright.
  { group: READ, subject: 'tasklocal TaskVar get()', baseline: 'raw Zone.current.get', limit: 0.7 },
  { group: READ, subject: 'tasklocal TaskVar get()', baseline: 'OTel context.active().getValue', limit: 0.5 },
  { group: READ, subject: 'tasklocal TaskVar get()', baseline: 'AsyncLocalStorage getStore()', limit: 1.5 },
  // "not slower"; run-to-run noise on a shared machine is a few percent.
  {
    group: READ,
    subject: 'tasklocal subclass local.x',
    baseline: 'tasklocal local.x',
    limit: 1.0,
    noise: 0.05,
  },
  {
    group: SPAWN,
    subject: 'tasklocal spawn',
    baseline: 'raw Zone.fork({ name, properties }).run',
    limit: 1.15,
  },
  { group: SPAWN, subject: 'tasklocal spawn', baseline: 'OTel context.with', limit: 0.9 },
  { group: MEMORY, subject: 'tasklocal spawn', baseline: 'raw Zone.fork({ properties }).run', limit: 1.2 },
  // Inheritance costs a spawn only for the inheriting Locals its spawner holds values in.
  {
    group: IDLE,
    subject: 'tasklocal spawn, 1,000 idle inheriting Locals',
    baseline: 'tasklocal spawn, 0 idle inheriting Locals',
    limit: 1.1,
  },
  // Linear: the time per task does not grow with the tasks already run.
  {
    group: SEQUENCE,
    subject: sequenceName(SEQUENCE_SIZES.at(-1)),
    baseline: sequenceName(SEQUENCE_SIZES[0]),
    limit: 1.2,
  },
];
/** Share of the peak heap growth still held after all tasks finished and GC ran. */
export const RETAINED_LIMIT = 0.01;

const find = (rows, group, name) => rows.find((row) => row.group === group && row.name === name);

function format(value, unit) {
  if (value === null) return 'not run';
  if (unit === 'B') return `${value.toFixed(0)} B`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}

/** Markdown table: one line per case, with its ratio to the group's baseline. */
export function figuresTable(results) {
  const lines = [
    '| group | case | figure | worst round | ratio to group baseline |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  const groups = [...new Set(results.rows.map((row) => row.group))];
  for (const group of groups) {
    const baseline = find(results.rows, group, GROUP_BASELINES[group]);
    for (const row of results.rows.filter((candidate) => candidate.group === group)) {
      const ratio =
        baseline?.value > 0 && row.value !== null ? (row.value / baseline.value).toFixed(2) + '×' : 'n/a';
      const name = row === baseline ? `${row.name} (baseline)` : row.name;
      lines.push(
        `| ${group} | ${name} | ${format(row.value, row.unit)} | ${format(row.worst, row.unit)} | ${ratio} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Every target with the measured ratio and whether it is met. */
export function evaluateTargets(results) {
  const verdicts = TARGETS.map((target) => {
    const subject = find(results.rows, target.group, target.subject);
    const baseline = find(results.rows, target.group, target.baseline);
    const label = `${target.group}: ${target.subject} / ${target.baseline}`;
    if (!subject || subject.value === null || !baseline || !(baseline.value > 0))
      return { label, limit: `≤ ${target.limit}×`, ratio: null, met: null };
    const ratio = subject.value / baseline.value;
    return { label, limit: `≤ ${target.limit}×`, ratio, met: ratio <= target.limit + (target.noise ?? 0) };
  });
  for (const row of results.rows.filter((candidate) => candidate.group === MEMORY)) {
    verdicts.push({
      label: `${MEMORY}: ${row.name}, still held after finish + GC, share of peak`,
      limit: `≤ ${RETAINED_LIMIT * 100}%`,
      ratio: row.retained,
      percent: true,
      met: row.retained <= RETAINED_LIMIT,
    });
  }
  return verdicts;
}

export function targetsTable(verdicts) {
  const lines = ['| target | measured | limit | met |', '| --- | ---: | ---: | --- |'];
  for (const verdict of verdicts) {
    const measured =
      verdict.ratio === null
        ? 'not measured'
        : verdict.percent
          ? `${(verdict.ratio * 100).toFixed(2)}%`
          : `${verdict.ratio.toFixed(2)}×`;
    const met = verdict.met === null ? 'n/a' : verdict.met ? 'yes' : '**no**';
    lines.push(`| ${verdict.label} | ${measured} | ${verdict.limit} | ${met} |`);
  }
  return lines.join('\n');
}

/** The full printout for one environment. */
export function report(environment, results) {
  const header = `## ${environment}${results.quick ? ' (--quick: noisy, for smoke testing only)' : ''}`;
  const note =
    `Figure: the best round's median (rounds: ${results.rounds.micro} micro, ${results.rounds.spawn} spawn, ` +
    `${results.rounds.memory} memory; memory takes the median round). ` +
    `Micro-benchmark times are per operation; N = ${results.tasks.toLocaleString('en')} tasks for spawn and memory, ` +
    `${results.idleTasks?.toLocaleString('en')} beside idle inheriting Locals. ` +
    (results.quick
      ? '--quick runs the two smallest sequence sizes only.'
      : 'A sequence size is not run once a smaller one took over the time budget.');
  const memoryNote = results.memoryNote ? `\n\n${results.memoryNote}` : '';
  return [header, note, figuresTable(results), targetsTable(evaluateTargets(results)) + memoryNote].join(
    '\n\n',
  );
}
