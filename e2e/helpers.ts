import { expect, type APIRequestContext, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { E2E_ENV } from "../playwright.config";

export async function signIn(page: Page, path: "/login" | "/admin/login", email: string, password = "demo1234") {
  await page.goto(path);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  // the console's first page can take longer than an assertion's 5 s on a busy 2-core machine:
  // wait until the sign-in has led somewhere, or said why not
  await Promise.race([
    page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 30_000 }),
    page.locator('[role="alert"]:not(:empty)').first().waitFor({ timeout: 30_000 }),
  ]).catch(() => undefined);
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export function platformKey() {
  const key = process.env.E2E_PLATFORM_KEY;
  if (!key) throw new Error("global setup did not mint a platform key");
  return key;
}

/** Mints a key for a shop through the API, as a platform admin would. */
export async function shopKey(request: APIRequestContext, shopId: string, role = "ADMIN") {
  const res = await request.post("/api/admin/api-keys", { headers: bearer(platformKey()), data: { name: `e2e-${shopId}-${role}`, shopId, role } });
  expect(res.status()).toBe(201);
  return (await res.json()).key as string;
}

export async function shops(request: APIRequestContext) {
  const res = await request.get("/api/admin/shops", { headers: bearer(platformKey()) });
  expect(res.ok()).toBe(true);
  return (await res.json()).items as { id: string; name: string }[];
}

/**
 * A shopper who can sign in: synced through the customer API like the host shop would, then given
 * a password (the host system owns passwords; tests set one straight in the e2e database).
 */
export async function shopperWithPassword(request: APIRequestContext, tag: string, data: Record<string, unknown> = {}) {
  const email = `${tag}-${Date.now()}@e2e.test`;
  const res = await request.post("/api/admin/shoppers", { headers: bearer(platformKey()), data: { externalId: `e2e-${tag}-${Date.now()}`, name: tag, email, ...data } });
  expect(res.ok()).toBe(true);
  const { id } = await res.json();
  await sql(`UPDATE "Shopper" SET "passwordHash" = $1 WHERE id = $2`, [await bcrypt.hash("demo1234", 4), id]);
  return { id: id as string, email };
}

/** One statement against the e2e database (fixtures and ledger checks only). */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_ENV.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
