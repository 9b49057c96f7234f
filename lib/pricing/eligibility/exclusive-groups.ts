import type { CandidatePromotion } from "../pricing-input";

/**
 * The exclusive groups a promotion belongs to, as keys scoped by its owner (a shop, or the
 * platform): its named group, and — unless staff let it stack with its own type — the implicit
 * group of its type (SPEC §3 "Same-type exclusivity"). Two promotions sharing a key never both
 * discount the same units.
 */
export function exclusiveKeys(p: CandidatePromotion): string[] {
  const owner = p.shopId ?? "platform";
  const keys: string[] = [];
  if (p.stacking.exclusiveGroup) keys.push(`${owner}:group:${p.stacking.exclusiveGroup}`);
  if (!p.stacking.withSameType) keys.push(`${owner}:type:${p.type}`);
  return keys;
}
