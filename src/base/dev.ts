// Development or production. Development keeps every check and the full text
// of every message; production keeps every guarantee, with short messages
// that carry a code (README, "Error codes"), and drops the checks that only
// catch mistakes in code as written. The source reads NODE_ENV, which
// bundlers replace; each build in dist/ puts its own answer in this module's
// place (rollup.config.mjs), and Node reads NODE_ENV as it runs.
declare const process: { env: { NODE_ENV?: string } };

/** True in development: every check and every full message. */
export const DEV: boolean = process.env.NODE_ENV !== 'production';
