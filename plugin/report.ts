// The build-time report (issue 17): after bundling, what escaped lowering.
// Each bundler's hook (report-hooks.ts) hands it exact facts: the native
// async functions left in each module as emitted, the modules left external,
// and whether the bundle runs on an engine that needs lowering. It names them
// in one warning, or one error with `strict: true`.
import { builtinModules } from 'node:module';
import path from 'node:path';

/** The modules whose native async is tasklocal's own business: zone.js and tasklocal itself. */
const EXEMPT = /[\\/]node_modules[\\/](?:zone\.js|tasklocal)[\\/]|^\0/;
const EXEMPT_EXTERNAL = /^(?:zone\.js|tasklocal)(?:\/|$)/;
const BUILTINS = new Set(builtinModules);

/** A module id as the report shows it: relative to the project, without a bundler's query. */
export function displayId(id: string, root: string): string {
  const file = id.replace(/[?#].*$/, '');
  return path.isAbsolute(file) ? path.relative(root, file).split(path.sep).join('/') : file;
}

/** What one build left behind, collected by a bundler's hook. */
export class BuildReport {
  /** Native async functions left, by module as the report shows it. */
  private readonly leftAsync = new Map<string, number>();
  private readonly unreadable = new Set<string>();
  private readonly externals = new Set<string>();
  /** Why this build's engine needs lowering, once a fact says so. */
  private needsLowering: string | undefined;

  constructor(private readonly root: string) {}

  /** Records a module of the output with `count` native async functions (undefined: it could not be parsed). */
  addModule(id: string, count: number | undefined): void {
    this.noteEngine(id);
    if (EXEMPT.test(id)) return;
    const shown = displayId(id, this.root);
    if (count === undefined) this.unreadable.add(shown);
    else if (count > 0) this.leftAsync.set(shown, (this.leftAsync.get(shown) ?? 0) + count);
  }

  /** Records an import the bundle leaves to the runtime (an external). */
  addExternal(id: string): void {
    if (/^zone\.js(?:\/|$)/.test(id)) this.needsLowering ??= 'it loads zone.js';
    const bare = id.replace(/^node:/, '');
    if (EXEMPT_EXTERNAL.test(id) || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0])) return;
    if (/^(?:\.{0,2}\/|[a-z]+:)/i.test(id)) return; // files and URLs, not packages
    this.externals.add(id);
  }

  /** Notes, from a bundled module's id, an engine that needs lowering: zone.js, or a browser (tasklocal's browser build). */
  private noteEngine(id: string): void {
    if (/[\\/]node_modules[\\/]zone\.js[\\/]/.test(id)) this.needsLowering ??= 'it loads zone.js';
    if (/[\\/]tasklocal[\\/]dist[\\/]tasklocal\.browser\.mjs$/.test(id))
      this.needsLowering ??= 'it runs in a browser';
  }

  /** Notes a module id that is part of the bundle but exempt from the count (zone.js, tasklocal). */
  addBundledId(id: string): void {
    this.noteEngine(id);
  }

  /** The report's one message, or undefined when nothing escaped lowering. */
  message(): string | undefined {
    const parts: string[] = [];
    if (this.leftAsync.size > 0) {
      const total = [...this.leftAsync.values()].reduce((sum, count) => sum + count, 0);
      const where = [...this.leftAsync].map(([id, count]) => `${id} (${count})`).join(', ');
      parts.push(
        `${total} native async function${total === 1 ? ' was' : 's were'} left in the output, not lowered ` +
          `by tasklocal: ${where}. Each loses the task after its first await on zone.js and on the ` +
          `standalone engine. Make sure the plugin's include/exclude options let these modules through.`,
      );
    }
    if (this.unreadable.size > 0) {
      parts.push(
        `these output modules could not be parsed to check them: ${[...this.unreadable].join(', ')}.`,
      );
    }
    if (this.externals.size > 0 && this.needsLowering !== undefined) {
      parts.push(
        `this bundle leaves ${[...this.externals].join(', ')} external, and ${this.needsLowering}, where ` +
          'native async/await loses the task: the plugin cannot lower code it does not bundle. Bundle ' +
          'them (drop them from external / packages: "external"), or use the AsyncLocalStorage engine ' +
          '(Node without zone.js).',
      );
    }
    if (parts.length === 0) return undefined;
    return `tasklocal: ${parts.join(' ')}`;
  }
}
