// PATCH /api/admin/points-mall/{id} {active} – take a product off the shelf or put it back
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { setPointsProductActive } from "@/lib/engagement/points-mall";

const bodySchema = z.object({ active: z.boolean({ error: "true or false" }) });

export const PATCH = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: bodySchema, summary: "Activate or deactivate a points product" }, async ({ actor, params, body }) => setPointsProductActive(actor, params.id, body.active));
