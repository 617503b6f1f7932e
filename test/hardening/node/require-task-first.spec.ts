// A task-scoped Local's message fits what happened: used before any task
// started, or used outside tasks once tasks run (a lost task).
import { runFixture } from './run-fixture.js';

describe('a requireTask Local used outside tasks, in a fresh process', () => {
  it('says "before any task started" and names code that runs before the spawn, then, once tasks ran, the lost-task causes', async () => {
    const report = await runFixture('require-task-first.mjs');
    expect(report.before).toMatch(
      /^Local is task-scoped \(requireTask\), and it was used outside any task, before any task started: code that runs before the code that calls spawn\(\), such as module-level code, or a NestJS guard, which runs before an interceptor\./,
    );
    expect(report.after).toMatch(
      /used outside any task\. Start the work with spawn\(\)\. .*likely cause is .*listener/,
    );
  });
});
