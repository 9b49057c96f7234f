import { defineConfig, devices } from "@playwright/test";

// E2E runs against a production build (`next start`) on its own port, database and Redis index;
// scripts/test-e2e.sh prepares them. Debian's chromium, never a downloaded browser.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SECOND_INSTANCE = `http://localhost:${PORT + 1}`;
export const E2E_ENV = {
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/promo_e2e",
  REDIS_URL: process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/2",
  NEXTAUTH_SECRET: "e2e-secret-0123456789",
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // public pages are cacheable for this long (a shorter bound than production's 10 s, for the cache test)
  PAGE_CACHE_SECONDS: "3",
  // the webhook receivers of the tests listen on this machine
  WEBHOOK_ALLOW_PRIVATE: "1",
};

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${PORT}`,
    // Chinese is the default language (unprefixed URLs); tests of English pages open /en/… or an en context
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // the production server: Node fast paths in front of Next.js (server/main.ts)
      command: "node node_modules/tsx/dist/cli.mjs server/main.ts",
      url: `http://localhost:${PORT}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { ...E2E_ENV, PORT: String(PORT), NODE_ENV: "production" },
    },
    {
      // a second instance on the same database and Redis: read-your-writes across instances
      command: "node node_modules/tsx/dist/cli.mjs server/main.ts",
      url: `http://localhost:${PORT + 1}/login`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { ...E2E_ENV, PORT: String(PORT + 1), NODE_ENV: "production", NEXTAUTH_URL: `http://localhost:${PORT + 1}`, DISABLE_WORKERS: "1" },
    },
  ],
});
