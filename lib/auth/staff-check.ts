import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { processState } from "@/lib/process-state";

// A session's token says who signed in; what they may do comes from the staff row, re-read at
// most every CACHE_MS on each instance, so deactivation and role changes take effect within
// seconds (SPEC §12), not when the 12-hour token expires.
const CACHE_MS = 5_000;
type Row = { id: string; name: string; role: StaffRole; shopId: string | null; active: boolean };
const cache = processState("staff-rows", () => new Map<string, { row: Row | null; until: number }>());

export async function currentStaff(id: string): Promise<Row | null> {
  const now = Date.now();
  const hit = cache.get(id);
  if (hit && hit.until > now) return hit.row;
  const row = await db.staffUser.findUnique({ where: { id }, select: { id: true, name: true, role: true, shopId: true, active: true } });
  if (cache.size > 10_000) cache.clear();
  cache.set(id, { row, until: now + CACHE_MS });
  return row;
}

/** This instance forgets a staff row at once (the writer's own instance). */
export function forgetStaff(id: string) {
  cache.delete(id);
}
