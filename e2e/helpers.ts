import { expect, type APIRequestContext, type Page } from "@playwright/test";

export async function signIn(page: Page, path: "/login" | "/admin/login", email: string, password = "demo1234") {
  await page.goto(path);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
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
