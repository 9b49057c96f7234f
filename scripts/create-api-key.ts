// npm run create-api-key -- --role ADMIN [--shop ID] [--name NAME]: prints a new API key once.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createApiKeyBodySchema } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db/client";

const { values } = parseArgs({ options: { role: { type: "string" }, shop: { type: "string" }, name: { type: "string" } } });
const parsed = createApiKeyBodySchema.safeParse({ role: values.role, shopId: values.shop, name: values.name ?? `cli-${new Date().toISOString()}` });
if (!parsed.success) {
  for (const i of parsed.error.issues) console.error(`--${i.path.join(".") === "shopId" ? "shop" : i.path.join(".")}: ${i.message}`);
  process.exit(2);
}
try {
  const key = await createApiKey({ kind: "system" }, parsed.data);
  console.log(key.key);
  console.error(`created key ${key.id} (${key.role}, ${key.shopId ? `shop ${key.shopId}` : "platform"})`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
