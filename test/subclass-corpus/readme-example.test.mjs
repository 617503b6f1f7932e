// The README's typed subclass example (Subclassing, `class RequestState`),
// taken from README.md as it stands and run against the built package: each
// task gets roles of its own, however many tasks push to them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = pathToFileURL(path.join(root, 'dist/tasklocal.mjs')).href;
const { spawn } = await import(dist);

/** The README's code block that defines `name`, compiled to a module that imports Local from dist/. */
async function readmeClass(name) {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes(`class ${name} extends Local`));
  assert.ok(block, `README.md has a ts block with class ${name}`);
  const js = ts.transpileModule(block, { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  const dir = mkdtempSync(path.join(tmpdir(), 'tasklocal-readme-'));
  try {
    const file = path.join(dir, 'example.mjs');
    writeFileSync(file, `import { Local } from ${JSON.stringify(dist)};\n${js}\nexport { ${name} };\n`);
    return (await import(pathToFileURL(file).href))[name];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the README's RequestState gives each task roles of its own", async () => {
  const RequestState = await readmeClass('RequestState');
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
