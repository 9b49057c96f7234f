"use server";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError, validationError } from "@/lib/api/errors";
import { createCampaignBodySchema, createCouponTemplateBodySchema } from "./coupon-schemas";
import { createCouponTemplate } from "./create-coupon-template";
import { createCampaign } from "./create-campaign";

export type CouponFormResult = { ok: true; id: string } | { ok: false; error: string; fields?: Record<string, string> };

/** The coupon admin forms save through the API's schemas and domain functions. */
export async function saveCouponTemplateAction(payload: unknown): Promise<CouponFormResult> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    const body = createCouponTemplateBodySchema.safeParse(payload);
    if (!body.success) throw validationError(body.error);
    const t = await createCouponTemplate(actor, body.data);
    revalidatePath("/admin/coupons");
    return { ok: true, id: t.id };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, error: err.message, fields: err.fields };
  }
}

export async function saveCampaignAction(payload: unknown): Promise<CouponFormResult> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    const body = createCampaignBodySchema.safeParse(payload);
    if (!body.success) throw validationError(body.error);
    const c = await createCampaign(actor, body.data);
    revalidatePath(`/admin/coupons/${c.templateId}`);
    return { ok: true, id: c.id };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, error: err.message, fields: err.fields };
  }
}
