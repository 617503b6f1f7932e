// How Oxc's syntax tree reaches JavaScript. By default the parser serializes
// it to JSON and JavaScript parses that back: most of what lowering a module
// costs (BENCHMARKS.md, "Bundler plugin: build time"). Oxc's raw transfer
// reads the tree straight from the parser's memory instead, about 4× cheaper,
// and gives the same tree; it needs a 64-bit Node 22 or later, so on Node 20
// the JSON path stays. TASKLOCAL_RAW_TRANSFER=0 turns it off (the option is
// experimental in Oxc), and lets the benchmarks measure both on one engine.

/** The parts of oxc-parser this reads: the check is absent from versions without raw transfer. */
interface RawTransferCheck {
  rawTransferSupported?: () => boolean;
}

/** The parse options that pick the cheapest transfer this engine and parser support. */
export function transferOptions(oxc: RawTransferCheck): { experimentalRawTransfer?: true } {
  if (process.env.TASKLOCAL_RAW_TRANSFER === '0') return {};
  return oxc.rawTransferSupported?.() === true ? { experimentalRawTransfer: true } : {};
}
