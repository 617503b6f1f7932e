// Accessors that user code defines on a Local with Object.defineProperty run
// with the Local as `this`: the store behind it never reaches user code.
import { Local, spawn } from '../../src/index.js';

class Cart extends Local {
  items: string[] = [];
  count(): number {
    return this.items.length;
  }
}

describe('an accessor defined on a Local with Object.defineProperty', () => {
  it('runs its getter and setter with the Local as this, so they can call the subclass', async () => {
    const cart = new Cart() as Cart & { summary: string };
    const seen = await spawn(() => {
      Object.defineProperty(cart, 'summary', {
        get(this: Cart) {
          return `${this.count()} items`;
        },
        set(this: Cart, item: string) {
          this.items.push(item);
        },
        configurable: true,
      });
      cart.summary = 'pear';
      return cart.summary;
    });
    expect(seen).toBe('1 items');
    expect(cart.summary).toBeUndefined(); // defined in that task only
  });

  it('sees the Local itself as this, never an object behind it that other tasks share', async () => {
    const local = new Local();
    const receivers = await Promise.all(
      ['a', 'b'].map((id) =>
        spawn(() => {
          let receiver: unknown;
          Object.defineProperty(local, 'id', {
            get() {
              receiver = this; // eslint-disable-line @typescript-eslint/no-this-alias -- what the spec checks
              return id;
            },
            configurable: true,
          });
          return [local.id, receiver];
        }),
      ),
    );
    expect(receivers.map(([id]) => id)).toEqual(['a', 'b']);
    for (const [, receiver] of receivers) expect(receiver).toBe(local); // identity, not likeness
  });
});
