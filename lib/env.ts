import { z } from "zod";

// Environment variables parsed once; a missing or malformed one fails at start, by name.
const envSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().default("redis://127.0.0.1:6379/0"),
  NEXTAUTH_SECRET: z.string().min(8).default("dev-secret-change-me"),
  ORDER_TIMEOUT_MINUTES: z.coerce.number().int().positive().default(30),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  SESSION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  STORAGE_DIR: z.string().default("storage"),
  /** flash-sale attempts: per shopper, per IP (sessions), per API key (the host system), each per second */
  FLASH_USER_RATE_PER_SECOND: z.coerce.number().int().positive().default(5),
  FLASH_IP_RATE_PER_SECOND: z.coerce.number().int().positive().default(50),
  FLASH_KEY_RATE_PER_SECOND: z.coerce.number().int().positive().default(100_000),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}
