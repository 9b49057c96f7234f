import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

// Messages are precompiled at build time (next-intl's `precompile`): the browser formats them
// without shipping an ICU parser (≈ 12 kB gzip less on every shop page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["zh", "en"], precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // ioredis and bullmq are server-only Node libraries; keep them out of the bundle.
  serverExternalPackages: ["ioredis", "bullmq", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
