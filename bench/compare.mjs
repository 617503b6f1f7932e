// Before → after, from two bench/results.json files (each written by
// `npm run bench`, e.g. one run on the previous commit's worktree and one on
// this tree): every target's ratio in both, per environment, plus the figures
// that have no target (heap per live task, every sequence size).
//   node bench/compare.mjs before.json after.json
import { readFileSync } from 'node:fs';
import { MEMORY, SEQUENCE, SEQUENCE_HEAP, SEQUENCE_SIZES, sequenceName } from './groups.mjs';
import { evaluateTargets } from './report.mjs';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('Usage: node bench/compare.mjs <before results.json> <after results.json>');
  process.exit(2);
}
const before = JSON.parse(readFileSync(beforeFile, 'utf8'));
const after = JSON.parse(readFileSync(afterFile, 'utf8'));

const find = (results, group, name) => results.rows.find((row) => row.group === group && row.name === name);

/** The lines to compare in one environment: [label, measure(results) → string | null]. */
function lines(results) {
  const targets = evaluateTargets(results).map((verdict) => [
    verdict.label,
    verdict.ratio === null
      ? null
      : verdict.percent
        ? `${(verdict.ratio * 100).toFixed(2)}%`
        : `${verdict.ratio.toFixed(2)}×`,
  ]);
  const bytes = (group, name) => {
    const row = find(results, group, name);
    return row?.value == null ? null : `${row.value.toFixed(0)} B`;
  };
  const baseline = find(results, SEQUENCE, sequenceName(SEQUENCE_SIZES[0]));
  const sizes = SEQUENCE_SIZES.slice(1).map((tasks) => {
    const row = find(results, SEQUENCE, sequenceName(tasks));
    const ratio =
      row?.value == null || !baseline?.value ? null : `${(row.value / baseline.value).toFixed(2)}×`;
    return [`${SEQUENCE}: ${sequenceName(tasks)} / ${baseline?.name}`, ratio];
  });
  const heap = SEQUENCE_SIZES.map((tasks) => [
    `${SEQUENCE_HEAP}: ${sequenceName(tasks)}`,
    bytes(SEQUENCE_HEAP, sequenceName(tasks)),
  ]);
  return [
    ...targets,
    [`${MEMORY}: tasklocal spawn, bytes per live task`, bytes(MEMORY, 'tasklocal spawn')],
    ...sizes,
    ...heap,
  ];
}

for (const environment of ['node', 'chromium']) {
  if (!before[environment] || !after[environment]) continue;
  const beforeLines = new Map(lines(before[environment]));
  const afterLines = new Map(lines(after[environment]));
  console.log(`\n### ${before[environment].environment} → ${after[environment].environment}\n`);
  console.log('| figure | before | after |');
  console.log('| --- | ---: | ---: |');
  // Maps: a sequence size that is also a target is listed once; a line only one side has
  // (a group added or dropped between the two) is still listed.
  for (const label of new Set([...beforeLines.keys(), ...afterLines.keys()])) {
    console.log(
      `| ${label} | ${beforeLines.get(label) ?? 'not run'} | ${afterLines.get(label) ?? 'not run'} |`,
    );
  }
}
