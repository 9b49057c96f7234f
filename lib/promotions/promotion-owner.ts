import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { processState } from "@/lib/process-state";

// A promotion's shop never changes after creation: remembered for the process's life.
const owners = processState("promotion-owners", () => new Map<string, string | null>());

/** The shop of a promotion (null = platform); 404 when there is no such promotion. */
export async function promotionOwner(id: string): Promise<string | null> {
  if (owners.has(id)) return owners.get(id)!;
  const row = await db.promotion.findUnique({ where: { id }, select: { shopId: true } });
  if (!row) throw notFound("promotion");
  if (owners.size > 100_000) owners.clear();
  owners.set(id, row.shopId);
  return row.shopId;
}
