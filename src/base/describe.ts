/** A short description of a bad argument, for development error messages (call it inside `DEV && …`). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'symbol') return `the symbol ${value.description ?? ''}`;
  if (typeof value === 'function') return `the function ${value.name || '(anonymous)'}`;
  if (typeof value === 'object') {
    const name = value.constructor?.name;
    return name ? `an object of class ${name}` : 'an object';
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return `${typeof value} ${value}`;
  }
  return 'undefined';
}
