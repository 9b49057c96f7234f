// GET /api/admin/jobs/{id}/download – the CSV a finished job produced
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { staffRoute, responseReply } from "@/lib/api/handler";
import { AppError } from "@/lib/api/errors";
import { getJobOrThrow } from "@/lib/jobs/job-dto";
import { jobFilePath } from "@/lib/coupons/generate-codes";

export const GET = staffRoute({}, async ({ actor, params }) => {
  const job = await getJobOrThrow(actor, params.id);
  if (job.status !== "DONE" || !job.resultUrl) throw new AppError("INVALID_STATE", "The job has no file (yet)");
  const stream = Readable.toWeb(createReadStream(jobFilePath(job.id))) as ReadableStream;
  return responseReply(new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${job.type}-${job.id}.csv"` } }));
});
