import { Local, spawn } from '../../../src/index.js';
import { hop, sleep } from '../../helpers.js';

/** Adds a <script> for a file Karma serves, and resolves once it ran. */
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

describe('zone.js loaded a second time by a <script> added at run time', () => {
  it('keeps the same Zone, and tasklocal keeps working, live tasks included', async () => {
    const local = new Local();
    const firstZone = Zone;
    let release!: () => void;
    const survivor = spawn(function* () {
      local.value = 'survivor';
      yield new Promise<void>((resolve) => (release = resolve));
      return local.value;
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    await addScript('/base/node_modules/zone.js/bundles/zone.umd.js');
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect((window as unknown as { Zone: unknown }).Zone).toBe(firstZone);
    const run = (value: string) =>
      spawn(async () => {
        local.value = value;
        await sleep(1);
        await hop();
        return local.value;
      });
    expect(await Promise.all([run('a'), run('b')])).toEqual(['a', 'b']);
    release();
    expect(await survivor).toBe('survivor');
  });
});
