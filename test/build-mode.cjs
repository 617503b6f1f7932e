// Which build the spec runs test: development unless TASKLOCAL_MODE=production
// (`npm run test:production`). The one place the runners read it: the test
// bundles (test/rollup.config.mjs), the Jasmine configs and the Karma configs
// take their folder and UMD bundle from here, so both modes' bundles coexist.
const production = process.env.TASKLOCAL_MODE === 'production';

module.exports = {
  /** 'development' or 'production'. */
  MODE: production ? 'production' : 'development',
  /** Where test/rollup.config.mjs writes this mode's spec bundles. */
  OUTPUT: production ? '.build/test-production' : '.build/test',
  /** The <script> build of this mode, as dist/ holds it (test/mode.ts names the same file). */
  UMD: production ? 'dist/tasklocal.umd.min.js' : 'dist/tasklocal.umd.js',
};
