// POST /api/admin/segments – save a segment (rules or CSV); GET – segments of the actor's scope
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createSegmentBodySchema } from "@/lib/segments/segment-schemas";
import { createSegment, listSegmentPage } from "@/lib/segments/segment-actions";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createSegmentBodySchema, summary: "人群: save a segment from rules (AND/OR) or a CSV of external ids / emails" }, async ({ actor, body }) => json(await createSegment(actor, body), 201));

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => listSegmentPage(actor, query));
