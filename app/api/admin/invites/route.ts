// GET /api/admin/invites – every invitation with its state and reward (platform staff)
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { listInvitations } from "@/lib/invites/invite-program";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: querySchema, summary: "Invitations (who invited whom, state, reward)" }, async ({ actor, query }) => listInvitations(actor, query));
