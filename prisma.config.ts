// Prisma CLI configuration. Prisma 6.19 runs offline only with the JS schema engine and the pg
// driver adapter (see ../shared/STACK.md); the workarounds below are for known bugs of that path.
import "dotenv/config";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// Without DATABASE_URL (a fresh clone has no .env yet) `prisma generate` falls back to
// downloading a native engine, which cannot work offline; the default keeps it on the JS engine.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/promo_dev";

// Bug 1 (prisma/orm#27403): adapter-pg cannot deserialize catalogue columns of type `name` (19)
// and `"char"` (18); present them as text.
type PgField = { dataTypeID: number };
const resultProto = (pg as unknown as { Result: { prototype: { addFields: (f: PgField[]) => void } } })
  .Result.prototype;
const originalAddFields = resultProto.addFields;
resultProto.addFields = function (fields: PgField[]) {
  for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
  return originalAddFields.call(this, fields);
};

function poolConfig(database?: string): pg.PoolConfig {
  // Bug 2: pass discrete fields, never a connection string, so `database` really is used.
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/promo");
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username || "postgres"),
    password: decodeURIComponent(url.password || ""),
    database: database ?? url.pathname.slice(1),
    allowExitOnIdle: true, // Bug 4: otherwise the CLI lingers
  };
}

// Bug 3: the adapter drops the shadow database before its pool is closed; do it in order.
class MigrationPg extends PrismaPg {
  async connectToShadowDb() {
    const name = `prisma_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client(poolConfig("postgres"));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = await new PrismaPg(poolConfig(name)).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const c = new pg.Client(poolConfig("postgres"));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => new MigrationPg(poolConfig()),
});
