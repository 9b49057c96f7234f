import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanWrite } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";

/** A template the actor may change (other shops' answer 404). */
export async function getWritableTemplate(actor: StaffActor, id: string, client: Tx | typeof db = db) {
  const t = await client.couponTemplate.findUnique({ where: { id } });
  if (!t) throw notFound("coupon template");
  assertCanWrite(actor, t.shopId, "coupon template");
  return t;
}
