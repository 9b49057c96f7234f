"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import { deleteWebhook, pingWebhook, updateWebhook } from "./webhook-subscriptions";
import { replayDelivery } from "./webhook-log";

const BACK = "/admin/webhooks";
const form = z.object({ id: z.string().min(1).max(64), op: z.enum(["ping", "pause", "resume", "delete", "replay"]) });

/** The webhook page's buttons (no scripts needed); ADMIN and the shop are checked again in the domain. */
export async function webhookAction(data: FormData) {
  const { id, op } = form.parse(Object.fromEntries(data));
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN"]);
    if (op === "ping") await pingWebhook(actor, id);
    if (op === "pause" || op === "resume") await updateWebhook(actor, id, { active: op === "resume" });
    if (op === "delete") await deleteWebhook(actor, id);
    if (op === "replay") await replayDelivery(actor, id);
  } catch (e) {
    redirect(`${BACK}?error=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  revalidatePath(BACK);
  redirect(`${BACK}?done=${op}`);
}
