// GET /api/admin/risk/blacklist – the shop's (platform: every) blacklist · POST – add a shopper, IP, device id or address
import { json, staffRoute } from "@/lib/api/handler";
import { blacklistBodySchema } from "@/lib/risk/risk-schemas";
import { addToBlacklist, listBlacklist } from "@/lib/risk/risk-blacklist";

export const GET = staffRoute({ summary: "Risk blacklist" }, async ({ actor }) => ({ items: await listBlacklist(actor) }));
export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: blacklistBodySchema, summary: "Add to the risk blacklist" }, async ({ actor, body }) => json(await addToBlacklist(actor, body), 201));
