import { db } from "@/lib/db/client";

/** A shop's refund settings (售后审核 shows and edits the auto-approve amount). */
export function refundSettings(shopId: string) {
  return db.shop.findUnique({ where: { id: shopId }, select: { id: true, refundAutoApproveBelow: true } });
}
