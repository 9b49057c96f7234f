// GET /api/me/preferences – which channels may send the shopper marketing; PUT {channel: boolean, …} – change them
import { z } from "zod";
import { platformOnly } from "@/lib/auth/shopper-scope";
import { shopperRoute } from "@/lib/api/handler";
import { MESSAGE_CHANNELS, preferencesOf, resubscribe, unsubscribe } from "@/lib/deliveries/unsubscribe";

const bodySchema = z.object({ userId: z.string().optional(), ...Object.fromEntries(MESSAGE_CHANNELS.map((c) => [c, z.boolean().optional()])) } as Record<string, z.ZodOptional<z.ZodBoolean | z.ZodString>>);

export const GET = shopperRoute({ summary: "The shopper's message channels (subscribed or not)" }, async ({ shopperId, scope }) => {
  platformOnly(scope);
  return preferencesOf(shopperId);
});

export const PUT = shopperRoute({ body: bodySchema, summary: "Subscribe to or unsubscribe from message channels" }, async ({ shopperId, scope, body }) => {
  platformOnly(scope);
  for (const c of MESSAGE_CHANNELS) {
    const v = (body as Record<string, unknown>)[c];
    if (v === true) await resubscribe(shopperId, c);
    if (v === false) await unsubscribe(shopperId, c);
  }
  return preferencesOf(shopperId);
});
