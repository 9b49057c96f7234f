// POST /api/admin/automations – 自动化营销: trigger → wait → condition → message/coupon; GET – the actor's automations
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createAutomationBodySchema } from "@/lib/automations/automation-schemas";
import { createAutomation, listAutomations } from "@/lib/automations/automation-actions";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createAutomationBodySchema, summary: "Create an automation (abandoned cart, birthday, win back, second order); active at once" }, async ({ actor, body }) => json(await createAutomation(actor, body), 201));

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => listAutomations(actor, query));
