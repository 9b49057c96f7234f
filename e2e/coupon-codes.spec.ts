import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("generating 10,000 codes shows progress and yields 10,000 distinct codes in the CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "/admin/login", "admin@platform.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/coupons");
  await page.getByRole("link", { name: "平台满200减20" }).click();
  await page.getByLabel(/How many|生成数量/).fill("10000");
  await page.getByRole("button", { name: /^(Generate|批量生成)$/ }).click();
  const job = page.getByTestId("code-job");
  await expect(job.getByRole("progressbar")).toBeVisible();
  const link = job.getByRole("link", { name: /Download CSV|下载 CSV/ });
  await expect(link).toBeVisible({ timeout: 90_000 });
  await expect(job.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  const csv = await (await page.request.get((await link.getAttribute("href"))!)).text();
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("code");
  expect(new Set(lines.slice(1)).size).toBe(10_000);
});
