"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getShopperId } from "@/lib/auth/session-actor";
import { MESSAGE_CHANNELS, resubscribe, unsubscribe } from "./unsubscribe";
import { readUnsubscribeToken } from "./signed-links";

const prefForm = z.object({ channel: z.enum(MESSAGE_CHANNELS), on: z.enum(["0", "1"]) });

/** The signed-in shopper turns a channel on or off (a plain form: works before scripts load). */
export async function setPreferenceAction(form: FormData) {
  const shopperId = await getShopperId();
  const p = prefForm.safeParse(Object.fromEntries(form));
  if (!shopperId || !p.success) return;
  if (p.data.on === "1") await resubscribe(shopperId, p.data.channel);
  else await unsubscribe(shopperId, p.data.channel);
  revalidatePath("/me/messages");
}

/** The unsubscribe page's button: the signed token names the shopper and channel; no sign-in needed. */
export async function unsubscribeAction(form: FormData): Promise<void> {
  const who = readUnsubscribeToken(String(form.get("t") ?? "").slice(0, 300));
  if (!who) return;
  await unsubscribe(who.shopperId, who.channel);
  revalidatePath("/unsubscribe");
}
