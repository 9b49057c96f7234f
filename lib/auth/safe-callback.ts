/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallback(raw: string | undefined, fallback: string): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : fallback;
}
