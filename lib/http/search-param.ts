/**
 * One value of a page's search parameter: Next hands a repeated parameter (`?t=a&t=b`) over as an
 * array whatever the page's type says — the first string is taken, at most `max` characters.
 */
export function oneParam(value: unknown, max = 300): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.slice(0, max) : undefined;
}
