"use server";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { PriceResult } from "@/lib/pricing/price-result";
import { changePromotionStatus, type LifecycleAction } from "./promotion-lifecycle";
import { simulatePromotion } from "./simulate-promotion";
import type { Overlap } from "./overlaps";

export type ActionState = { ok: boolean; code?: string; error?: string; fields?: Record<string, string>; overlaps?: Overlap[] } | null;

const ROLES: Record<LifecycleAction, StaffRole[]> = {
  submit: ["ADMIN", "OPERATOR"],
  approve: ["ADMIN", "APPROVER"],
  reject: ["ADMIN", "APPROVER"],
  terminate: ["ADMIN", "APPROVER"],
};

/** Lifecycle buttons of the admin pages; the role and shop are checked again here on the server. */
export async function promotionLifecycleAction(id: string, action: LifecycleAction, _prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = assertStaff(await getSessionActor(), ROLES[action]);
    const reason = String(form.get("reason") ?? "").trim() || undefined;
    if ((action === "reject" || action === "terminate") && (!reason || reason.length < 2)) return { ok: false, fields: { reason: "say why" }, error: "reason" };
    await changePromotionStatus(actor, id, action, reason, new Date(), { acknowledgeOverlaps: form.get("acknowledgeOverlaps") === "1" });
    revalidatePath(`/admin/promotions/${id}`);
    return { ok: true };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: err.code, error: err.message, fields: err.fields, overlaps: (err.details?.overlaps as Overlap[] | undefined) ?? undefined };
  }
}

export type SimulationState = { result?: PriceResult; error?: string } | null;

/** Simulation form: price sample lines for a chosen shopper as if the promotion were live. */
export async function simulateAction(id: string, _prev: SimulationState, form: FormData): Promise<SimulationState> {
  try {
    const actor = assertStaff(await getSessionActor());
    const userId = String(form.get("userId") ?? "");
    const lines = form
      .getAll("skuId")
      .map((skuId, i) => ({ skuId: String(skuId), quantity: Number(form.getAll("quantity")[i] ?? 1) }))
      .filter((l) => l.skuId && Number.isInteger(l.quantity) && l.quantity > 0);
    if (!userId || !lines.length) return { error: "choose a shopper and at least one SKU" };
    return { result: await simulatePromotion(actor, id, { userId, lines }) };
  } catch (e) {
    return { error: toAppError(e).message };
  }
}
