import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";

/**
 * The order number shoppers and staff quote: the day it was placed (platform zone) and its
 * sequence, e.g. 2026112900001234 — unique because the sequence is (Order.number is unique).
 */
export function orderNumber(o: { number: number; createdAt: Date }): string {
  return `${dayIn(o.createdAt, PLATFORM_TIME_ZONE).replaceAll("-", "")}${String(o.number).padStart(8, "0")}`;
}
