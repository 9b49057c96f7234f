import { expect, test } from "@playwright/test";
import { bearer, platformKey, shops, signIn } from "./helpers";

// Issue 13 #1: an operator builds a segment from rules, sees its size before saving, and a
// contradictory rule is named beside the field; a CSV reports the rows naming nobody.

test("a segment built from rules shows its size as it changes; a contradiction is named; saved, its page shows the rules and the size", async ({ page }) => {
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/segments/new");
  const name = `会员人群 ${Date.now()}`;
  await page.getByLabel(/^(Name|名称)$/).fill(name);
  await page.getByLabel(/^(Levels|等级)$/).fill("V1, V2");
  // the size comes from the server as the rules change
  const size = page.getByRole("complementary").locator("p.text-3xl");
  await expect(size).toHaveText(/^[1-9][\d,]*$/);

  // 新用户 AND 高价值 cannot both hold: the server names the condition
  await page.getByRole("button", { name: /Add condition|添加条件/ }).first().click();
  await page.getByLabel(/^(Condition|条件)$/).nth(1).selectOption("NEW_USER");
  await page.getByRole("button", { name: /Add condition|添加条件/ }).first().click();
  await page.getByLabel(/^(Condition|条件)$/).nth(2).selectOption("HIGH_VALUE");
  await page.getByLabel(/Paid at least|实付不少于/).fill("500");
  await expect(page.getByText(/contradicts NEW_USER/)).toBeVisible();
  await page.screenshot({ path: "test-results/segment-builder.png", fullPage: true });
  // any of them instead: fine again
  await page.getByLabel(/^(Match|满足)$/).first().selectOption("OR");
  await expect(size).toHaveText(/^[1-9][\d,]*$/);
  await page.getByRole("button", { name: /Save segment|保存人群/ }).click();
  await expect(page).toHaveURL(/\/admin\/segments\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.screenshot({ path: "test-results/segment-detail.png", fullPage: true });
  await expect(page.getByText(/V1, V2/)).toBeVisible();
  await page.goto("/admin/segments");
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("over HTTP: preview and save a CSV list with unknown rows reported; a segment of nobody is refused and nothing saved", async ({ request }) => {
  const [tech] = await shops(request);
  const shopper = await (await request.post("/api/admin/shoppers", { headers: bearer(platformKey()), data: { externalId: `seg-csv-${Date.now()}`, name: "名单用户" } })).json();
  const csv = `externalId\n${shopper.externalId}\nnobody-${Date.now()}\n`;
  const preview = await request.post("/api/admin/segments/preview", { headers: bearer(platformKey()), data: { csv } });
  expect(preview.status()).toBe(200);
  expect(await preview.json()).toMatchObject({ size: 1, rows: 2, unknownRows: [{ row: 3 }] });
  const saved = await request.post("/api/admin/segments", { headers: bearer(platformKey()), data: { name: "名单", csv } });
  expect(saved.status()).toBe(201);
  expect((await saved.json()).segment).toMatchObject({ kind: "LIST", size: 1 });
  const nobody = await request.post("/api/admin/segments", { headers: bearer(platformKey()), data: { name: "空", shopId: tech.id, rules: { op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: ["NOPE"] }] } } });
  expect(nobody.status()).toBe(400);
  expect((await nobody.json()).error.fields).toHaveProperty("rules");
  const both = await request.post("/api/admin/segments/preview", { headers: bearer(platformKey()), data: { rules: { op: "AND", conditions: [] } } });
  expect((await both.json()).error.fields).toHaveProperty(["rules.conditions"]);
});
