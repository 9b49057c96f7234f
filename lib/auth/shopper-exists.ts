import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { processState } from "@/lib/process-state";

// Shoppers are never deleted: a positive answer can be remembered for the process's life, so an
// API key acting for a known shopper costs no query on the hot path.
const known = processState("known-shoppers", () => new Set<string>());

/** 404 for a userId that names nobody (API keys act only for existing shoppers). */
export async function assertShopperExists(id: string) {
  if (known.has(id)) return;
  const row = await db.shopper.findUnique({ where: { id }, select: { id: true } });
  if (!row) throw notFound("shopper");
  if (known.size > 500_000) known.clear();
  known.add(id);
}
