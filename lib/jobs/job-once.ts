import { db } from "@/lib/db/client";

export const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === "P2002";

/**
 * One intent, one job: a background job started with the client's idempotency key (one per click,
 * unique per staff member in the database) is started once; the same key again — a double click,
 * a retried request, two racing requests — answers the job the first one made.
 */
export async function jobOnce<T extends { jobId: string }>(createdBy: string, key: string | undefined, start: () => Promise<T>): Promise<T | { jobId: string; replayed: true }> {
  const prior = async () => (key ? db.job.findUnique({ where: { createdBy_idempotencyKey: { createdBy, idempotencyKey: key } }, select: { id: true } }) : null);
  const before = await prior();
  if (before) return { jobId: before.id, replayed: true };
  try {
    return await start();
  } catch (e) {
    const after = isUniqueViolation(e) ? await prior() : null;
    if (after) return { jobId: after.id, replayed: true };
    throw e;
  }
}
