// The README's typed subclass example (Subclassing, `class RequestState`),
// taken from README.md as it stands and run against the built package: each
// task gets roles of its own, however many tasks push to them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Local, spawn } = await import(pathToFileURL(path.join(root, 'dist/tasklocal.mjs')).href);

/** The README's code block that defines `name`, compiled to JavaScript and evaluated with Local in scope. */
function readmeClass(name) {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes(`class ${name} extends Local`));
  assert.ok(block, `README.md has a ts block with class ${name}`);
  const js = ts.transpileModule(block, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  return new Function('Local', `${js}\nreturn ${name};`)(Local);
}

test("the README's RequestState gives each task roles of its own", async () => {
  const RequestState = readmeClass('RequestState');
  const state = new RequestState('r-0', ['reader']);
  const roles = await Promise.all(
    ['a', 'b', 'c', 'd', 'e'].map((id) =>
      spawn(async () => {
        state.roles.push(`role-${id}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return state.roles;
      }),
    ),
  );
  assert.deepEqual(roles, [
    ['reader', 'role-a'],
    ['reader', 'role-b'],
    ['reader', 'role-c'],
    ['reader', 'role-d'],
    ['reader', 'role-e'],
  ]);
  assert.deepEqual(await spawn(() => state.describe()), 'r-0: reader');
});
