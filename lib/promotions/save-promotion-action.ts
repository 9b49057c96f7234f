"use server";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError, validationError } from "@/lib/api/errors";
import { createPromotionBodySchema, updatePromotionBodySchema } from "./promotion-schemas";
import { createPromotion } from "./create-promotion";
import { updatePromotion } from "./update-promotion";
import type { Overlap } from "./overlaps";

export type SaveResult = { ok: true; id: string } | { ok: false; code: string; error: string; fields?: Record<string, string>; overlaps?: Overlap[] };

/** The promotion form's save: the same zod schemas and domain functions as the API. */
export async function savePromotionAction(id: string | null, payload: unknown): Promise<SaveResult> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    if (id) {
      const body = updatePromotionBodySchema.safeParse(payload);
      if (!body.success) throw validationError(body.error);
      await updatePromotion(actor, id, body.data, { askFirst: true });
      revalidatePath(`/admin/promotions/${id}`);
      return { ok: true, id };
    }
    const body = createPromotionBodySchema.safeParse(payload);
    if (!body.success) throw validationError(body.error);
    // the form asks about same-type overlaps before saving; the API lists them and asks at submit
    const created = await createPromotion(actor, body.data, { askFirst: true });
    revalidatePath("/admin/promotions");
    return { ok: true, id: created.id };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: String(err.code), error: err.message, fields: err.fields, overlaps: err.details?.overlaps as Overlap[] | undefined };
  }
}
