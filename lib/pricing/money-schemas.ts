import { z } from "zod";

// In the browser (the admin forms check rules with these schemas) zod must not probe `Function("")`
// for its JIT: the page's Content-Security-Policy has no 'unsafe-eval', so the probe is a CSP
// violation in the console. The server keeps the JIT.
if (typeof window !== "undefined") z.config({ jitless: true });

// The money field schemas (integer cents, whole percents) — server and forms; not the shop client bundle.

export const centsSchema = z
  .number({ error: "must be a number of cents" })
  .int("must be a whole number of cents")
  .nonnegative("must not be negative")
  .max(2_147_483_647, "is too large (at most 2147483647 cents)");

export const percentSchema = z.number().int("must be a whole percent").min(1, "must be 1–99").max(99, "must be 1–99");
