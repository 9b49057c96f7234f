import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", "test-results/**", "screenshots/**", "next-env.d.ts", "public/**"]),
  {
    files: ["lib/pricing/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      // the pricing engine is pure: no I/O, no framework, no clock
      "no-restricted-imports": ["error", { patterns: ["@/lib/db/*", "@/lib/redis/*", "next/*", "ioredis", "@prisma/*", "@/lib/generated/*"] }],
    },
  },
]);
