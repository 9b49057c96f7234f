/**
 * The one parser of redirect targets that come from input (callbackUrl, returnTo): only a path
 * of this site is followed. Refused, for the fallback: absolute and protocol-relative URLs,
 * backslashes (browsers read `/\evil` as `//evil`), control characters (`/%09/evil`), anything
 * the URL parser would resolve to another origin.
 */
export function safeCallback(raw: string | null | undefined, fallback: string): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.length > 2000) return fallback;
   
  if (/[\\\u0000-\u001f\u007f]/.test(raw) || raw.startsWith("//")) return fallback;
  try {
    const base = "http://same-origin.invalid";
    const u = new URL(raw, base);
    if (u.origin !== base) return fallback;
    const path = u.pathname + u.search + u.hash;
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}
