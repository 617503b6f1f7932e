// The engine is made at first use from the global Zone. Without zone.js, that
// first use must say how to load it, in a browser and in Node.
import { Local } from '../../src/index.js';
import { createZoneEngine } from '../../src/engines/zone.js';
import { bystander } from './bystander.js';

// The advice fits the platform: <script> tags and polyfills in a browser, zone.js/node in Node.
const inNode =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
const HOW_TO_LOAD = inNode
  ? /^tasklocal needs zone\.js, and no global Zone was found\. `import 'zone\.js\/node'` \(or `require\('zone\.js\/node'\)`\) first in your entry file\.$/
  : /^tasklocal needs zone\.js, and no global Zone was found\. Load zone\.js before your code starts tasks: a <script> tag .*`import 'zone\.js'` first in your entry file, or, in an Angular app, 'zone\.js' in angular\.json's polyfills \(not an import in main\.ts\)\.$/;

/** Runs `fn` with the global Zone replaced by `stand-in` (or removed), then puts it back. */
function withGlobalZone(standIn: { value?: unknown } | 'removed', fn: () => void): void {
  const global = globalThis as { Zone?: unknown };
  const original = Object.getOwnPropertyDescriptor(global, 'Zone')!;
  try {
    if (standIn === 'removed') delete global.Zone;
    else global.Zone = standIn.value;
    fn();
  } finally {
    Object.defineProperty(global, 'Zone', original);
  }
}

describe('the zone engine when zone.js is missing', () => {
  const cases: [string, { value?: unknown } | 'removed'][] = [
    ['no global Zone at all', 'removed'],
    ['a global Zone left undefined', { value: undefined }],
    ['a global Zone that is not a class', { value: { current: {} } }],
    ['a Zone class with no current zone', { value: function Zone() {} }],
  ];
  for (const [label, standIn] of cases) {
    it(`explains how to load zone.js, in words that fit the platform, given ${label}`, () => {
      withGlobalZone(standIn, () => {
        expect(() => createZoneEngine()).toThrowError(Error, HOW_TO_LOAD);
      });
    });
  }

  it('works again once zone.js is back, and live tasks keep their values throughout', async () => {
    const local = new Local();
    const other = bystander(local);
    withGlobalZone('removed', () => expect(() => createZoneEngine()).toThrowError(HOW_TO_LOAD));
    const engine = createZoneEngine();
    expect(engine.current()).toBe(Zone.current);
    expect(await other.report()).toEqual({ value: 'bystander value', keys: ['value'] });
  });
});
