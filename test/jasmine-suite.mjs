// The Jasmine config of one Node suite: its bundle, in the folder of the
// mode under test (test/build-mode.cjs).
import buildMode from './build-mode.cjs';

/** A Jasmine config running `bundle` from this mode's output folder in random order. */
export function suite(bundle, env = {}) {
  return { spec_dir: buildMode.OUTPUT, spec_files: [bundle], env: { random: true, ...env } };
}
