"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError } from "@/lib/api/errors";
import { approveRefund, rejectRefund } from "./refund-order";

export type DecisionResult = { ok: true } | { ok: false; code: string; fields?: Record<string, string> };

const form = z.object({ refundId: z.string().min(1).max(64), reason: z.string().trim().max(500).optional() });

/** The admin's 同意退款 / 拒绝 buttons: the same domain functions as the API (role and shop checked there). */
export async function decideRefundAction(decision: "approve" | "reject", input: { refundId: string; reason?: string }): Promise<DecisionResult> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    const { refundId, reason } = form.parse(input);
    if (decision === "approve") await approveRefund(actor, refundId);
    else {
      if (!reason || reason.length < 2) return { ok: false, code: "VALIDATION_FAILED", fields: { reason: "say why" } };
      await rejectRefund(actor, refundId, reason);
    }
    revalidatePath("/admin/refunds");
    return { ok: true };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: String(err.code), fields: err.fields };
  }
}
