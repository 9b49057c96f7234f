// GET /api/messages/{id}/open – a message's tracked link: records the click, then redirects to our own page only
import { NextResponse } from "next/server";
import { publicRoute, responseReply } from "@/lib/api/handler";
import { followMessageLink } from "@/lib/deliveries/inbox";

export const GET = publicRoute({ summary: "Tracked link of an inbox message (redirects within this site)" }, async ({ params, req }) => responseReply(NextResponse.redirect(new URL(await followMessageLink(params.id), req.url), 302)));
