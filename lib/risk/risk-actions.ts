"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import { addToBlacklist, removeFromBlacklist } from "./risk-blacklist";
import { reviewRiskDecision, saveRiskSettings } from "./risk-review";
import { blacklistBodySchema, riskSettingsBodySchema } from "./risk-schemas";

const BACK = "/admin/risk";
const fail = (e: unknown): never => {
  const err = toAppError(e);
  redirect(`${BACK}?error=${encodeURIComponent(String(err.code))}${err.fields ? `&field=${encodeURIComponent(Object.entries(err.fields).map(([k, v]) => `${k}: ${v}`).join("; "))}` : ""}`);
};

/** The risk page's forms (no scripts needed); roles and the shop are checked again in the domain. */
export async function reviewAction(form: FormData) {
  const f = z.object({ id: z.string().min(1).max(64), outcome: z.enum(["APPROVE", "REJECT"]), note: z.string().max(500).optional() }).parse(Object.fromEntries(form));
  try {
    await reviewRiskDecision(assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR", "APPROVER"]), f.id, f.outcome, f.note || undefined);
  } catch (e) {
    fail(e);
  }
  revalidatePath(BACK);
  redirect(`${BACK}?done=review`);
}

export async function blacklistAction(form: FormData) {
  const f = Object.fromEntries(form);
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    if (f.remove) await removeFromBlacklist(actor, String(f.remove));
    else {
      const body = blacklistBodySchema.safeParse({ kind: f.kind, value: f.value, reason: f.reason || undefined });
      if (!body.success) redirect(`${BACK}?error=VALIDATION_FAILED&field=${encodeURIComponent(body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))}`);
      await addToBlacklist(actor, body.data!);
    }
  } catch (e) {
    if ((e as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) throw e;
    fail(e);
  }
  revalidatePath(BACK);
  redirect(`${BACK}?done=blacklist`);
}

const num = (v: FormDataEntryValue | null) => (v === null || v === "" ? undefined : Number(v));

export async function settingsAction(form: FormData) {
  const body = riskSettingsBodySchema.safeParse({
    enabled: form.get("enabled") === "on",
    perShopperPerMinute: num(form.get("perShopperPerMinute")),
    perIpPerMinute: num(form.get("perIpPerMinute")),
    accountsPerIpPerHour: num(form.get("accountsPerIpPerHour")),
    highValueCents: num(form.get("highValueYuan")) === undefined ? undefined : Math.round(Number(form.get("highValueYuan")) * 100),
    refundAbuseCount: num(form.get("refundAbuseCount")),
    reviewScore: num(form.get("reviewScore")),
    refuseScore: num(form.get("refuseScore")),
  });
  if (!body.success) redirect(`${BACK}?error=VALIDATION_FAILED&field=${encodeURIComponent(body.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))}`);
  try {
    await saveRiskSettings(assertStaff(await getSessionActor(), ["ADMIN"]), body.data!);
  } catch (e) {
    fail(e);
  }
  revalidatePath(BACK);
  redirect(`${BACK}?done=settings`);
}
