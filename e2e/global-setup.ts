import { execFileSync } from "node:child_process";
import { E2E_ENV } from "../playwright.config";

// A platform ADMIN key for the API tests, minted with the same CLI a newcomer would use.
export default function globalSetup() {
  const out = execFileSync("npx", ["tsx", "scripts/create-api-key.ts", "--role", "ADMIN", "--name", "e2e-platform"], {
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.env.E2E_PLATFORM_KEY = out.trim().split("\n").pop();
}
