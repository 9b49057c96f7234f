// GET /api/deliveries/{id}/click?s&c&sig – the tracked link of an email / SMS / push: records the click, redirects within this site
import { z } from "zod";
import { NextResponse } from "next/server";
import { publicRoute, responseReply } from "@/lib/api/handler";
import { followDeliveryLink } from "@/lib/deliveries/delivery-clicks";

const querySchema = z.object({ s: z.string().trim().min(1).max(100), c: z.enum(["EMAIL", "SMS", "PUSH"]), sig: z.string().trim().min(1).max(100) });

export const GET = publicRoute({ query: querySchema, summary: "Tracked link of a delivery's email, SMS or push (redirects within this site)" }, async ({ params, query, req }) =>
  responseReply(NextResponse.redirect(new URL(await followDeliveryLink(params.id, query.s, query.c, query.sig), req.url.toString()), 302)),
);
