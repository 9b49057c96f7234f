// GET /api/admin/jobs/{id}/download – the CSV a finished job produced (served from the database by any instance)
import { staffRoute, responseReply } from "@/lib/api/handler";
import { AppError } from "@/lib/api/errors";
import { getJobOrThrow } from "@/lib/jobs/job-dto";
import { readJobFile } from "@/lib/jobs/job-file";

export const GET = staffRoute({}, async ({ actor, params }) => {
  const job = await getJobOrThrow(actor, params.id);
  if (job.status !== "DONE" || !job.resultUrl) throw new AppError("INVALID_STATE", "The job has no file (yet)");
  return responseReply(new Response(readJobFile(job.id), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${job.type}-${job.id}.csv"` } }));
});
