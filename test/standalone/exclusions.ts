// The shared specs that cannot pass on the standalone engine, by design, each
// with the reason. They are written for engines that carry the task into
// callbacks (zone.js patches the scheduling APIs, AsyncLocalStorage follows
// promise jobs); the standalone engine patches nothing, so a callback that
// tasklocal does not run itself starts outside any task. Each one still
// registers, as a pending spec that shows its reason in the report. Run a
// suite with STANDALONE_RUN_EXCLUDED=1 to run them anyway and see them fail.

/** Full spec name (describe names, then the spec's, joined by spaces) → why it cannot pass here. */
const EXCLUDED = new Map<string, string>([
  [
    "Local lets callbacks a task scheduled see its values after the task's result settled",
    'the value is read in a .then callback after a timer, which tasklocal does not run (Snapshot.wrap would keep it)',
  ],
  [
    'TaskVar run sets the value for fn and what it schedules, passes args through and returns its result',
    'run() scopes reach code run inside them and coroutines started there, not a .then callback scheduled there',
  ],
  [
    "a lazy thenable runs its then inside the generator task that yields it, not in the spawner's",
    "the Promise machinery calls a thenable's then in a later job, and its work runs in a timer callback: neither is code tasklocal runs",
  ],
  [
    'a lazy thenable returned by a plain task runs its then inside that task',
    "the Promise machinery calls a thenable's then in a later job, and its work runs in a timer callback: neither is code tasklocal runs",
  ],
  [
    'a lazy thenable runs its then inside the task that called a coroutine yielding it',
    "the Promise machinery calls a thenable's then in a later job, and its work runs in a timer callback: neither is code tasklocal runs",
  ],
]);

/** Karma passes --run-excluded as a client arg; the Node run reads the environment. */
function runExcludedToo(): boolean {
  const { __karma__, process } = globalThis as {
    __karma__?: { config?: { args?: string[] } };
    process?: { env: Record<string, string | undefined> };
  };
  return Boolean(__karma__?.config?.args?.includes('--run-excluded') || process?.env.STANDALONE_RUN_EXCLUDED);
}
const runExcluded = runExcludedToo();

const suites: string[] = [];
const matched = new Set<string>();
const registerSuite = globalThis.describe;
const registerSpec = globalThis.it;

globalThis.describe = (name: string, body: () => void) =>
  registerSuite(name, () => {
    suites.push(name);
    try {
      body();
    } finally {
      suites.pop();
    }
  });

globalThis.it = ((name: string, fn?: jasmine.ImplementationCallback, timeout?: number) => {
  const fullName = [...suites, name].join(' ');
  const reason = EXCLUDED.get(fullName);
  if (reason === undefined) return registerSpec(name, fn, timeout);
  matched.add(fullName);
  if (runExcluded) return registerSpec(name, fn, timeout);
  return registerSpec(name, () => pending(`excluded on the standalone engine: ${reason}`));
}) as typeof it;

describe('the standalone exclusion list', () => {
  it('names only specs that exist', () => {
    expect([...EXCLUDED.keys()].filter((name) => !matched.has(name))).toEqual([]);
  });
});
