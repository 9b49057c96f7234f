// GET /api/admin/refunds?status=PENDING – refunds of the actor's shop (all for platform staff), newest first
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { listRefunds } from "@/lib/orders/list-refunds";

const querySchema = z.object({ status: z.enum(["PENDING", "APPROVED", "REJECTED"]).optional(), cursor: z.string().max(64).optional(), take: z.coerce.number().int().min(1).max(100).optional() });

export const GET = staffRoute({ roles: ["ADMIN", "OPERATOR", "ANALYST"], query: querySchema }, async ({ actor, query }) => listRefunds(actor, query));
