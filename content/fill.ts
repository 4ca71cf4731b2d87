/** Fills `{name}` placeholders in a UI string. Its own module so client code can use it without
 * pulling both languages' dictionaries into first-load JavaScript. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}
