// What the database cannot hold, refused before any schema or query sees it (SPEC §12): NUL
// characters and unpaired UTF-16 surrogates in any text, and numbers outside a 32-bit integer
// column (every count and cents column is a PostgreSQL integer). One walk over the parsed JSON,
// query string and path parameters of every request names the first bad field.

export const INT_MAX = 2_147_483_647;
export const INT_MIN = -2_147_483_648;

 
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_PROBLEM = "must not contain NUL characters or unpaired surrogates";
export const NUMBER_PROBLEM = `is out of range (at most ${INT_MAX})`;

export function badText(s: string): boolean {
  return NUL.test(s) || LONE_SURROGATE.test(s);
}

/** The first field the database could not hold, as [path, why], or null. */
export function findHostile(value: unknown, path: string[] = []): [string, string] | null {
  if (typeof value === "string") return badText(value) ? [path.join(".") || "(body)", TEXT_PROBLEM] : null;
  if (typeof value === "number") return !Number.isFinite(value) || value > INT_MAX || value < INT_MIN ? [path.join(".") || "(body)", NUMBER_PROBLEM] : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findHostile(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (badText(k)) return [[...path, "(key)"].join("."), TEXT_PROBLEM];
      const hit = findHostile(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/** Ids in paths are cuid-like: letters, digits, `_` and `-`, at most 64. */
export const PATH_ID = /^[A-Za-z0-9_-]{1,64}$/;
