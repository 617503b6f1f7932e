// A Local is an object that code awaits, resolves and serialises without
// thinking about it: in a task that set nothing, none of that may hang or throw.
import { Local, spawn, ZoneDiscriminator } from '../../src/index.js';
import { hop } from '../helpers.js';

class Preferences extends Local {
  theme = 'light';
}

/** A Local of each kind, fresh, with nothing set in any task. */
const kinds: [string, () => Local][] = [
  ['a plain Local', () => new Local()],
  ['a Local with a ZoneDiscriminator', () => new Local({ discriminator: new ZoneDiscriminator() })],
  ['a Local subclass', () => new Preferences()],
];

for (const [label, make] of kinds) {
  describe(`${label}, in a task that set nothing`, () => {
    it('can be awaited, passed to Promise.resolve and serialised, without hanging or throwing', async () => {
      const local = make();
      const expectedJson = JSON.stringify({ ...local }); // what the creating context sees
      const seen = await spawn(function* () {
        const awaited: unknown = yield Promise.resolve().then(() => local);
        const resolved: unknown = yield Promise.resolve(local);
        const json = JSON.stringify(local);
        return { awaited: awaited === local, resolved: resolved === local, json };
      });
      expect(seen).toEqual({ awaited: true, resolved: true, json: expectedJson });
    });

    it('does not become a thenable because another live task set "then" and "toJSON"', async () => {
      const local = make();
      let release!: () => void;
      const other = spawn(function* () {
        local.then = () => undefined; // would hang anyone who awaited it here
        local.toJSON = () => 'hijacked';
        yield new Promise<void>((resolve) => (release = resolve));
        return [typeof local.then, JSON.stringify(local)];
      });
      const seen = await spawn(async () => {
        await hop();
        return [(await Promise.resolve(local)) === local, (await local) === local, JSON.stringify(local)];
      });
      expect(seen).toEqual([true, true, JSON.stringify({ ...local })]);
      release();
      expect(await other).toEqual(['function', '"hijacked"']);
    });
  });
}

describe('a Local outside any task, with nothing set', () => {
  it('can be awaited, passed to Promise.resolve and serialised', async () => {
    const local = new Local();
    expect(await local).toBe(local);
    expect(await Promise.resolve(local)).toBe(local);
    expect(JSON.stringify(local)).toBe('{}');
  });
});
