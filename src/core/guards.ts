// Shape checks shared by everything that parses untrusted values: stored settings, messages, files.

/** A plain object's shape, not null and not an array (whose indices would pass for fields). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string of at most `max` UTF-16 units (ids, hosts: anything longer is not one). */
export function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
