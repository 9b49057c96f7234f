// Integration tests use their own database and Redis index, never the dev ones.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/promo_test";
process.env.REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/1";
process.env.NEXTAUTH_SECRET = "integration-test-secret";
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
process.env.WEBHOOK_TIMEOUT_MS = "1000";
