// GET /api/admin/jobs/{id} – a background job's status and progress
import { staffRoute } from "@/lib/api/handler";
import { getJobOrThrow, toJobDto } from "@/lib/jobs/job-dto";

export const GET = staffRoute({}, async ({ actor, params }) => toJobDto(await getJobOrThrow(actor, params.id)));
