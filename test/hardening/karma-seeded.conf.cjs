// The project's Karma setup, plus TASKLOCAL_SEED / TASKLOCAL_RUNS from the
// environment handed to the browser, to replay a failing interleavings run:
//   TASKLOCAL_SEED=123 npx karma start test/hardening/karma-seeded.conf.cjs
const path = require('node:path');
const base = require('../../karma.conf.cjs');

module.exports = (config) => {
  base(config);
  const args = ['TASKLOCAL_SEED', 'TASKLOCAL_RUNS']
    .filter((name) => process.env[name] !== undefined)
    .map((name) => `${name}=${process.env[name]}`);
  config.set({
    basePath: path.resolve(__dirname, '../..'),
    client: { ...config.client, args },
  });
};
