// A strict TypeScript consumer of the installed package: the README's ```ts
// blocks, each in its own module, and fixtures/misuse.ts (code that must not
// compile) are type-checked with the repository's TypeScript, under the two
// module resolutions users have: Node's (NodeNext) and bundlers'.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './command.mjs';
import { copyInto, makeConsumer, repoPackageDir, repoRoot } from './pack.mjs';
import { asModule, AWAITING_MARKER, readTsBlocks } from './readme-blocks.mjs';

const COMMON_OPTIONS = {
  strict: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  noEmit: true,
  // The shipped .d.ts must compile as it is, not only be read.
  skipLibCheck: false,
};

/** The TypeScript the repository builds with (5.9), and the newest the registry serves. */
const COMPILERS = {
  5.9: path.join(repoPackageDir('typescript'), 'bin', 'tsc'),
  latest: path.join(repoPackageDir('typescript-latest'), 'bin', 'tsc'),
};

const RESOLUTIONS = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};

/**
 * Type-checks the README's blocks and the misuse file; throws with tsc's
 * report if anything fails. Returns the README lines of the blocks checked
 * and of those skipped by their marker.
 */
export function typecheckConsumer(workDir, tarball) {
  const dir = makeConsumer(workDir, tarball, 'typescript');
  // The bundlers, for the types of the README's plugin configurations: linked, as
  // installing a package's directory would run its build scripts.
  for (const bundler of ['vite', 'rollup', 'webpack']) {
    fs.symlinkSync(repoPackageDir(bundler), path.join(dir, 'node_modules', bundler), 'dir');
  }
  const blocks = readTsBlocks(path.join(repoRoot, 'README.md'));
  for (const firstLine of AWAITING_MARKER) {
    const block = blocks.find((b) => !b.skipped && b.code.startsWith(firstLine));
    if (block === undefined) {
      throw new Error(
        `No unmarked README block starts with "${firstLine}" any more: remove it from AWAITING_MARKER ` +
          'in scripts/packaging/readme-blocks.mjs.',
      );
    }
    block.skipped = true;
  }
  const checked = blocks.filter((block) => !block.skipped);
  for (const block of checked) {
    fs.writeFileSync(path.join(dir, `readme-line-${block.line}.ts`), asModule(block));
  }
  copyInto(dir, 'scripts/packaging/fixtures/readme-prelude.d.ts');
  copyInto(dir, 'scripts/packaging/fixtures/misuse.ts');

  copyInto(dir, 'scripts/packaging/fixtures/zone-types.ts', 'zone-types.mts');

  for (const [compiler, tsc] of Object.entries(COMPILERS)) {
    for (const [name, resolution] of Object.entries(RESOLUTIONS)) {
      const config = `tsconfig.${name}.json`;
      const compilerOptions = { ...COMMON_OPTIONS, ...resolution };
      fs.writeFileSync(
        path.join(dir, config),
        JSON.stringify({ compilerOptions, include: ['*.ts'] }, null, 2),
      );
      check(dir, tsc, config, `TypeScript ${compiler}, ${name} resolution`);
    }
    // What the README tells a Node project without the DOM lib to write for Zone's type.
    const zoneOptions = { ...COMMON_OPTIONS, ...RESOLUTIONS.nodenext, lib: ['ES2022'] };
    fs.writeFileSync(
      path.join(dir, 'tsconfig.zone.json'),
      JSON.stringify({ compilerOptions: zoneOptions, files: ['zone-types.mts'] }, null, 2),
    );
    check(dir, tsc, 'tsconfig.zone.json', `TypeScript ${compiler}, Node without the DOM lib`);
  }
  return { checked: checked.map((b) => b.line), skipped: blocks.filter((b) => b.skipped).map((b) => b.line) };
}

/** Runs one tsc check; a failure says which README block or fixture to fix. */
function check(dir, tsc, config, label) {
  try {
    runCommand(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: dir });
  } catch (error) {
    throw new Error(
      `A strict TypeScript consumer (${label}) rejects the README or the fixtures. ` +
        `readme-line-N.ts is the README block starting at line N; fix the README, or mark a block ` +
        `that is not standalone with <!-- no-typecheck -->.\n${error.message}`,
      { cause: error },
    );
  }
}
