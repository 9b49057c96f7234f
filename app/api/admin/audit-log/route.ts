// GET /api/admin/audit-log?entity=&entityId= – who changed what, in the actor's scope
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { listAudit } from "@/lib/audit/list-audit";

const querySchema = z.object({ entity: z.string().optional(), entityId: z.string().optional(), cursor: z.string().optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => listAudit(actor, query));
