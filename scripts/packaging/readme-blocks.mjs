// The README's ```ts code blocks, read at test time so the docs cannot drift
// from what the package's types accept.
//
// A block that is not a standalone module (a fragment of a class, say) is
// skipped when the line before its fence, blank lines aside, is exactly
//
//   <!-- no-typecheck -->
//
// Names the examples use without defining them (fetchUser, log, …) are
// declared once in fixtures/readme-prelude.d.ts. A block that imports nothing
// from 'tasklocal' continues the README's API section, so it gets that
// section's import, appended at the end (imports are hoisted) to keep tsc's
// line numbers equal to the block's.
import fs from 'node:fs';

export const SKIP_MARKER = '<!-- no-typecheck -->';

// The import line of the README's API section: every public name.
const API_IMPORT =
  "import { Local, spawn, currentTask, Task, TaskVar, Snapshot, coroutine, runInZone, BaseDiscriminator, TaskDiscriminator, ZoneDiscriminator, engineName, useEngine } from 'tasklocal';";

/**
 * Blocks the README should mark with SKIP_MARKER but does not yet, known by
 * their first line. Once the README carries the marker, an entry here matches
 * no unmarked block and the check asks for its removal, so this list can only
 * shrink.
 */
export const AWAITING_MARKER = [];

/** A block's code as a module file: the API import added if it has none. */
export function asModule(block) {
  const importsTaskLocal = /from\s+['"]tasklocal['"]/.test(block.code);
  return `${block.code}${importsTaskLocal ? '' : API_IMPORT}\nexport {};\n`;
}

/** Every ```ts block of the markdown file: its first line number, code and whether it is marked to skip. */
export function readTsBlocks(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const blocks = [];
  let open = null;
  lines.forEach((line, index) => {
    if (open === null && /^```(ts|typescript)\s*$/.test(line)) {
      open = { line: index + 1, code: [], skipped: markedToSkip(lines, index) };
    } else if (open !== null && /^```\s*$/.test(line)) {
      blocks.push({ ...open, code: open.code.join('\n') + '\n' });
      open = null;
    } else if (open !== null) {
      open.code.push(line);
    }
  });
  if (open !== null) throw new Error(`${file}:${open.line}: this \`\`\`ts block is never closed.`);
  return blocks;
}

function markedToSkip(lines, fenceIndex) {
  for (let index = fenceIndex - 1; index >= 0; index--) {
    if (lines[index].trim() === '') continue;
    return lines[index].trim() === SKIP_MARKER;
  }
  return false;
}
