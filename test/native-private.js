// Deliberately plain JavaScript, so that these keep native #private members
// (the specs' TypeScript is compiled to ES2016, which rewrites them as WeakMaps).
export function privateSubclasses(Local) {
  class Counter extends Local {
    #count = 0;
    bump() {
      return ++this.#count;
    }
  }
  class Greeter extends Local {
    #greet() {
      return 'hi';
    }
    hello() {
      return this.#greet();
    }
  }
  return { Counter, Greeter };
}
