// Shape checks shared by everything that parses untrusted values: stored settings, messages, files.

/** A plain object's shape, not null and not an array (whose indices would pass for fields). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
