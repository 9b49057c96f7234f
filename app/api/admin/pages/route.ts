// GET /api/admin/pages – the actor's activity pages; POST {slug, title, blocks} – a new page (draft)
import { staffRoute, json } from "@/lib/api/handler";
import { savePageBodySchema } from "@/lib/pages/page-blocks";
import { createPage, listPages } from "@/lib/pages/page-actions";

export const GET = staffRoute({ summary: "Activity pages" }, async ({ actor }) => listPages(actor));

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: savePageBodySchema, summary: "活动页装修: create a page from blocks (a draft)" }, async ({ actor, body }) => json(await createPage(actor, body), 201));
