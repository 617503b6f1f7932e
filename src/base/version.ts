/** This copy's package version, for messages when two copies meet (a spec keeps it equal to package.json's). */
export const VERSION = '0.3.0-dev';

/**
 * Bumped whenever what copies share through the realm (its fields, frames,
 * engines) changes shape: copies with different protocols cannot share tasks.
 */
export const PROTOCOL = 2;
