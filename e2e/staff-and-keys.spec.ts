import { expect, test } from "@playwright/test";
import { bearer, signIn } from "./helpers";

test("a shop admin creates an API key (shown once), it works, and revoking it stops it", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@fresh.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/staff");
  await page.getByLabel(/^(Key name|密钥名称)$/).fill("e2e-erp");
  await page.getByRole("button", { name: /^(Create key|创建密钥)$/ }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^pk_/);
  const ok = await page.request.get("/api/admin/products", { headers: bearer(key) });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()).items as { shopName: string }[]).every((p) => p.shopName === "鲜味食品")).toBe(true);
  await page.reload();
  const row = page.getByRole("row", { name: /e2e-erp/ });
  await row.getByRole("button", { name: /^(Revoke|吊销)$/ }).click();
  await expect(page.getByRole("row", { name: /e2e-erp/ }).getByText(/Revoked|已吊销/)).toBeVisible();
  expect((await page.request.get("/api/admin/products", { headers: bearer(key) })).status()).toBe(401);
});

test("an operator cannot manage staff or keys (no forms, 403 from the API)", async ({ page }) => {
  await signIn(page, "/admin/login", "operator@fresh.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/staff");
  await expect(page.getByRole("button", { name: /^(Create key|创建密钥)$/ })).toHaveCount(0);
  const res = await page.request.post("/api/admin/staff", { data: { email: "x@y.test", name: "x", role: "ADMIN", password: "12345678" } });
  expect(res.status()).toBe(403);
});
