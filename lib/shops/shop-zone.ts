import { db } from "@/lib/db/client";
import { PLATFORM_TIME_ZONE } from "@/lib/time/zone";

/** The time zone a shop's forms and days are in; the platform's for platform-wide things. */
export async function timeZoneOf(shopId: string | null | undefined): Promise<string> {
  if (!shopId) return PLATFORM_TIME_ZONE;
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { timeZone: true } });
  return shop?.timeZone ?? PLATFORM_TIME_ZONE;
}
