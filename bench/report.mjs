// Turns one environment's figures into tables: every figure as a ratio to its
// group's baseline from the same run, then each target with its verdict (met,
// or by how much it missed) and the informative ratios beside them.
import { MEMORY, READ_STANDALONE } from './groups.mjs';
import { GROUP_BASELINES, RETAINED_LIMIT, TARGETS } from './targets.mjs';

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

const measured = (row) => row !== undefined && row.value !== null;

/**
 * subject / baseline from two groups that ran in different pages (or at
 * different times): each over its own group's baseline first, so that what
 * the page or the machine did to all of a page's figures cancels out.
 */
function crossRatio(rows, subject, subjectGroup, baseline, baselineGroup) {
  const floor = (group) => find(rows, group, GROUP_BASELINES[group]);
  const subjectFloor = floor(subjectGroup);
  const baselineFloor = floor(baselineGroup);
  if (!(subjectFloor?.value > 0) || !(baselineFloor?.value > 0) || !(baseline.value > 0)) return null;
  return subject.value / subjectFloor.value / (baseline.value / baselineFloor.value);
}

/** One target's verdict; `over` is how far a missed target is over its limit (0.09: 9% over). */
function verdict(rows, target) {
  const baselineGroup = target.baselineGroup ?? target.group;
  const across = baselineGroup !== target.group;
  const floors = [...new Set([GROUP_BASELINES[target.group], GROUP_BASELINES[baselineGroup]])].join(' / ');
  const label = across
    ? `${target.group}: ${target.subject} / ${baselineGroup}: ${target.baseline}, each over its own group's ${floors}`
    : `${target.group}: ${target.subject} / ${target.baseline}`;
  const limit = target.limit === null ? 'informative' : `≤ ${target.limit}×`;
  const subject = find(rows, target.group, target.subject);
  const baseline = find(rows, baselineGroup, target.baseline);
  let ratio = null;
  if (measured(subject) && measured(baseline)) {
    ratio = across
      ? crossRatio(rows, subject, target.group, baseline, baselineGroup)
      : baseline.value > 0
        ? subject.value / baseline.value
        : null;
  }
  if (ratio === null || target.limit === null) return { label, limit, ratio, met: null };
  const met = ratio <= target.limit + (target.noise ?? 0);
  return { label, limit, ratio, met, over: met ? 0 : ratio / target.limit - 1 };
}

/** Every target with its ratio and verdict; targets of groups this environment did not run are left out. */
export function evaluateTargets(results) {
  const groups = new Set(results.rows.map((row) => row.group));
  const verdicts = TARGETS.filter((target) => groups.has(target.group)).map((target) =>
    verdict(results.rows, target),
  );
  for (const row of results.rows.filter((candidate) => candidate.group === MEMORY)) {
    verdicts.push({
      label: `${MEMORY}: ${row.name}, still held after finish + GC, share of peak`,
      limit: `≤ ${RETAINED_LIMIT * 100}%`,
      ratio: row.retained,
      percent: true,
      met: row.retained <= RETAINED_LIMIT,
      over: row.retained / RETAINED_LIMIT - 1,
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
    const met =
      verdict.met === null
        ? verdict.ratio === null
          ? 'n/a'
          : '—'
        : verdict.met
          ? 'yes'
          : `**no** (${(verdict.over * 100).toFixed(0)}% over)`;
    lines.push(`| ${verdict.label} | ${measured} | ${verdict.limit} | ${met} |`);
  }
  return lines.join('\n');
}

/** The full printout for one environment. */
export function report(environment, results) {
  const pages = results.rows.some((row) => row.group === READ_STANDALONE)
    ? ` "${READ_STANDALONE}" ran in a second page, without zone.js; the other groups in a page with zone.js.`
    : '';
  const header = `## ${environment}${results.quick ? ' (--quick: noisy, for smoke testing only)' : ''}`;
  const note =
    `Figure: the best round's median (rounds: ${results.rounds.micro} micro, ${results.rounds.spawn} spawn, ` +
    `${results.rounds.memory} memory; memory takes the median round). ` +
    `Micro-benchmark times are per operation; N = ${results.tasks.toLocaleString('en')} tasks for spawn and memory, ` +
    `${results.idleTasks?.toLocaleString('en')} beside idle inheriting Locals. ` +
    (results.quick
      ? '--quick runs the two smallest sequence sizes only.'
      : 'A sequence size is not run once a smaller one took over the time budget.') +
    pages;
  const memoryNote = results.memoryNote ? `\n\n${results.memoryNote}` : '';
  return [header, note, figuresTable(results), targetsTable(evaluateTargets(results)) + memoryNote].join(
    '\n\n',
  );
}
