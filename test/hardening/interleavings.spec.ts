// Property: for randomly generated programs of concurrent tasks, every read
// sees exactly what a simple per-task model says, whatever the interleaving.
import fc from 'fast-check';
import { expectedObservations } from './interleavings/model.js';
import { numbered, programs, type Program } from './interleavings/program.js';
import { runProgram } from './interleavings/runner.js';

/**
 * TASKLOCAL_SEED and TASKLOCAL_RUNS override the seed and the number of
 * programs: from the environment in Node, from Karma's client.args in Chromium
 * (see test/hardening/karma-seeded.conf.cjs).
 */
function setting(name: string): string | undefined {
  const fromNode = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[
    name
  ];
  const karmaArgs =
    (globalThis as { __karma__?: { config?: { args?: string[] } } }).__karma__?.config?.args ?? [];
  const fromKarma = karmaArgs.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  return fromNode ?? fromKarma;
}

const seed = Number(setting('TASKLOCAL_SEED') ?? Math.floor(Math.random() * 2 ** 31));
const numRuns = Number(setting('TASKLOCAL_RUNS') ?? 2000);

/** Lists every observation that differs from the model's, or returns '' when none does. */
function differences(expected: Map<number, unknown>, actual: Map<number, unknown>): string {
  const lines: string[] = [];
  for (const [id, want] of expected) {
    const got = actual.get(id);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      lines.push(`operation ${id}: expected ${JSON.stringify(want)}, observed ${JSON.stringify(got)}`);
    }
  }
  if (actual.size !== expected.size)
    lines.push(`${actual.size} observations, the model expects ${expected.size}`);
  return lines.join('\n');
}

/** Runs one program for real and against the model: '' when they agree, else what differs. */
async function check(program: Program): Promise<string> {
  const numberedProgram = numbered(program);
  try {
    const problems = differences(expectedObservations(numberedProgram), await runProgram(numberedProgram));
    return problems && `${problems}\nin ${JSON.stringify(numberedProgram)}`;
  } catch (error) {
    return `the program threw ${String(error)}`;
  }
}

describe('randomised interleavings of tasks', () => {
  it(`give every task exactly the values the per-task model predicts (${numRuns} programs)`, async () => {
    console.log(`interleavings: seed ${seed}, ${numRuns} programs; replay with TASKLOCAL_SEED=${seed}`);
    // The predicate answers false rather than rejecting: fast-check awaits it natively, and
    // zone.js would report a rejected zone-aware promise as unhandled before that await sees it.
    const details = await fc.check(
      fc.asyncProperty(programs, async (program: Program) => (await check(program)) === ''),
      { seed, numRuns },
    );
    if (details.failed) {
      const [counterexample] = details.counterexample!;
      fail(`${fc.defaultReportMessage(details)}\n${await check(counterexample)}`);
    } else {
      expect(details.numRuns).toBe(numRuns);
    }
  }, 120_000);
});
