import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreatePromotionBody } from "./promotion-schemas";
import { assertReferences } from "./assert-references";
import { floorWarnings } from "./floor-warnings";
import { assertBelowListPrice } from "./list-price-check";
import { findOverlaps } from "./overlaps";

/** Checks what a promotion names (SKUs, categories, floors) before it is written, new or edited. */
export async function checkPromotionConfig(tx: Tx, shopId: string | null, body: CreatePromotionBody) {
  await assertReferences(tx, shopId, body.scope, body.rules);
  await assertBelowListPrice(tx, body.rules, body.type);
  for (const v of body.variants) await assertBelowListPrice(tx, v.rules, body.type);
  const warnings = await floorWarnings(tx, body.rules);
  if (Object.keys(warnings).length && !body.acknowledgeFloorWarnings)
    throw new AppError("FLOOR_PRICE_WARNING", "Some configured prices are below a SKU's floor price; send acknowledgeFloorWarnings: true to save anyway", warnings);
}

/**
 * The live or scheduled promotions a draft overlaps (SPEC §3), returned with every save. Saving
 * through the API never blocks on them (SPEC asks at submit); the admin form asks first
 * (`askFirst`: 422 OVERLAP_WARNING with `details.overlaps` until `acknowledgeOverlaps`). What was
 * acknowledged is kept, so submitting for review does not ask again for the same promotions.
 */
export async function checkOverlaps(tx: Tx, id: string | undefined, shopId: string | null, body: CreatePromotionBody, acknowledged: string[] = [], opts: { askFirst?: boolean } = {}) {
  const overlaps = await findOverlaps(tx, { id, shopId, type: body.type, startsAt: body.startsAt, endsAt: body.endsAt, scope: body.scope, rules: body.rules });
  const same = overlaps.filter((o) => o.sameType);
  if (opts.askFirst && same.some((o) => !acknowledged.includes(o.id)) && !body.acknowledgeOverlaps)
    throw new AppError("OVERLAP_WARNING", `Overlaps ${same.length} live or scheduled promotion(s) of the same type; send acknowledgeOverlaps: true to save anyway`, undefined, { overlaps });
  return { overlaps, overlapAck: body.acknowledgeOverlaps ? same.map((o) => o.id) : acknowledged.filter((a) => same.some((o) => o.id === a)) };
}

/** The columns a validated promotion body sets (shared by create and update). */
export function promotionColumns(body: CreatePromotionBody) {
  return {
    name: body.name,
    description: body.description ?? "",
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    previewAt: body.previewAt ?? null,
    audience: body.audience,
    scope: body.scope,
    rules: body.rules as Prisma.InputJsonValue,
    limits: body.limits,
    stacking: body.stacking,
    exclusiveGroup: body.stacking.exclusiveGroup ?? null,
    labelPriority: body.labelPriority ?? 0,
  };
}

/** An A/B test's variants replace the stored ones (none: not a test). */
export async function saveVariants(tx: Tx, promotionId: string, variants: CreatePromotionBody["variants"]) {
  await tx.promotionVariant.deleteMany({ where: { promotionId } });
  if (variants.length) await tx.promotionVariant.createMany({ data: variants.map((v) => ({ promotionId, key: v.key, name: `${v.key}`, weight: v.weight, rules: v.rules as Prisma.InputJsonValue })) });
}
