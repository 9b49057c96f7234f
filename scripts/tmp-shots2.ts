import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
const p = await ctx.newPage();
await p.goto(`${base}/admin/login`);
await p.getByLabel(/邮箱/).fill("admin@platform.test");
await p.getByLabel(/密码/).fill("demo1234");
await p.getByRole("button", { name: /登录/ }).click();
await p.waitForURL((u) => !u.pathname.endsWith("login"));
for (const [path, name] of [[`/admin/promotions/${process.argv[2]}/live`, "live"], ["/admin/live", "war"], ["/admin/alerts", "alerts"], ["/admin/webhooks", "webhooks"], ["/admin/risk", "risk"]]) {
  await p.goto(base + path);
  await p.waitForTimeout(2500);
  await p.screenshot({ path: `/tmp/shots/${name}.png` });
}
await b.close();
