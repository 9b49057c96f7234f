import { db } from "@/lib/db/client";
import { providerFor } from "@/lib/deliveries/channels/providers";

/** Emails the staff who watch a shop (its ADMINs and OPERATORs; the platform's ADMINs for platform alerts), through the email channel. */
export async function notifyStaff(shopId: string | null, subject: string, text: string) {
  const staff = await db.staffUser.findMany({ where: { shopId, role: { in: shopId ? ["ADMIN", "OPERATOR"] : ["ADMIN"] }, active: true }, select: { id: true, email: true } });
  if (!staff.length) return 0;
  await providerFor("EMAIL").send(staff.map((s) => ({ key: `alert-${s.id}-${Date.now()}`, shopperId: s.id, shopId, deliveryId: "alerts", to: s.email, subject, text })));
  return staff.length;
}
