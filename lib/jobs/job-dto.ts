import type { Job } from "@/lib/generated/prisma/client";
import type { StaffActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { assertCanRead } from "@/lib/auth/guards";
import { notFound } from "@/lib/api/errors";

export const toJobDto = (j: Job) => ({
  id: j.id,
  type: j.type,
  status: j.status,
  total: j.total,
  processed: j.processed,
  progress: j.total ? Math.floor((j.processed * 100) / j.total) : j.status === "DONE" ? 100 : 0,
  resultUrl: j.resultUrl,
  result: j.result,
  error: j.error,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

/** A background job of the actor's scope (other shops' answer 404). */
export async function getJobOrThrow(actor: StaffActor, id: string) {
  const job = await db.job.findUnique({ where: { id } });
  if (!job) throw notFound("job");
  assertCanRead(actor, job.shopId, "job");
  if (actor.shopId && job.shopId === null) throw notFound("job");
  return job;
}
