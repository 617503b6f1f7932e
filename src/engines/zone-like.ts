/**
 * A zone, as far as tasklocal needs one. zone.js's own `Zone` (and Angular's
 * zones) fit this shape, so callers can pass them without a cast.
 *
 * @example
 * const zone: ZoneLike = Zone.current;
 */
export interface ZoneLike {
  readonly name: string;
  readonly parent: ZoneLike | null;
  get(key: string): unknown;
}
