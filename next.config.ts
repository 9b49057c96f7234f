import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // ioredis and bullmq are server-only Node libraries; keep them out of the bundle.
  serverExternalPackages: ["ioredis", "bullmq", "pg"],
};

export default withNextIntl(nextConfig);
