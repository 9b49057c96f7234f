"use server";
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import { createAlertRuleBodySchema } from "./alert-schemas";
import { createAlertRule, decideAlert, deleteAlertRule } from "./alert-rules";

const BACK = "/admin/alerts";
const fail = (code: string, field?: string) => redirect(`${BACK}?error=${encodeURIComponent(code)}${field ? `&field=${encodeURIComponent(field)}` : ""}`);

/** The alert page's forms (they work without scripts); role and shop are checked again in the domain. */
export async function createAlertRuleAction(form: FormData) {
  const f = Object.fromEntries(form);
  const parsed = createAlertRuleBodySchema.safeParse({ kind: f.kind, threshold: Number(f.threshold), promotionId: f.promotionId || null, campaignId: f.campaignId || null });
  if (!parsed.success) fail("VALIDATION_FAILED", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  try {
    await createAlertRule(assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]), parsed.data!);
  } catch (e) {
    const err = toAppError(e);
    fail(err.code, Object.entries(err.fields ?? {}).map(([k, v]) => `${k}: ${v}`).join("; "));
  }
  revalidatePath(BACK);
  redirect(`${BACK}?saved=1`);
}

const idForm = z.object({ id: z.string().min(1).max(64), note: z.string().max(500).optional() });

export async function decideAlertAction(form: FormData) {
  const { id, note } = idForm.parse(Object.fromEntries(form));
  const to = form.get("to") === "RESOLVED" ? "RESOLVED" : "ACKNOWLEDGED";
  try {
    await decideAlert(assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR", "APPROVER"]), id, to, { note: note || undefined });
  } catch (e) {
    fail(toAppError(e).code);
  }
  revalidatePath(BACK);
  redirect(BACK);
}

export async function deleteAlertRuleAction(form: FormData) {
  const { id } = idForm.parse(Object.fromEntries(form));
  try {
    await deleteAlertRule(assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]), id);
  } catch (e) {
    fail(toAppError(e).code);
  }
  revalidatePath(BACK);
  redirect(BACK);
}
