// Fills `{name}` slots in a catalog string; the catalogs keep whole sentences so translators see word order.
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    // Own keys only: `in` would fill `{constructor}` from the prototype.
    Object.hasOwn(values, name) ? String(values[name]) : slot,
  );
}
