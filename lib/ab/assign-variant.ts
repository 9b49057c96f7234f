import { createHash } from "node:crypto";

export type Variant<R = unknown> = { key: string; weight: number; rules: R };

/**
 * A shopper's variant of a promotion's A/B test: a hash of (promotion, shopper) picks a point in
 * 0–9999 and the variants' weights (percent) split that range in order. Deterministic and sticky
 * — the same shopper always gets the same variant, on every instance, with nothing stored — and
 * independent between promotions.
 */
export function assignVariant<R>(promotionId: string, shopperId: string, variants: Variant<R>[]): Variant<R> | null {
  if (!variants.length) return null;
  const point = createHash("sha256").update(`${promotionId}:${shopperId}`).digest().readUInt32BE(0) % 10_000;
  let edge = 0;
  for (const v of variants) {
    edge += v.weight * 100;
    if (point < edge) return v;
  }
  return variants[variants.length - 1];
}

/** The variant a page or a price uses: the shopper's assigned one; for a visitor (null) the first, the control. */
export function variantFor<R>(promotionId: string, shopperId: string | null, variants: Variant<R>[]): Variant<R> | null {
  if (!variants.length) return null;
  return shopperId === null ? variants[0] : assignVariant(promotionId, shopperId, variants);
}
