import { centsToYuanText, parseYuan } from "@/lib/pricing/money";
import { fromZonedInput, PLATFORM_TIME_ZONE, toZonedInput } from "@/lib/time/zone";

// The promotion form keeps what people type (strings) and turns it into the API body on save:
// money through parseYuan (never a float), units as whole numbers. Errors use the API's field paths.

import { emptyItem, emptyTier, type PromotionForm } from "./form-types";
import { formKindOf } from "./kinds";

export { emptyItem, emptyTier, type ItemForm, type PromotionForm, type TierForm } from "./form-types";

// a new promotion starts on the next whole hour and runs a week
const nextHour = (now: Date) => new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000);

export function newForm(type = "FULL_REDUCTION", now = new Date(), timeZone = PLATFORM_TIME_ZONE): PromotionForm {
  const start = nextHour(now);
  return {
    name: "", type, shopId: "", timeZone, startsAt: toZonedInput(start, timeZone), endsAt: toZonedInput(new Date(start.getTime() + 7 * 86_400_000), timeZone), previewAt: "", labelPriority: "0",
    newUsersOnly: false, memberLevels: [], tags: "", regions: "", channels: [],
    scopeMode: "all", skuIds: [], categoryIds: [], excludeSkuIds: [],
    basis: "AMOUNT", repeat: false, tiers: [emptyTier()], threshold: "", amountOff: "", maxOff: "", percentOff: "", n: "2", free: true,
    discountMode: "items", items: [emptyItem()], groupSize: "3", timeLimitMinutes: "1440", virtualCompletion: false, price: "",
    // 预售: the balance window opens when the presale ends, for two days (the operator adjusts it)
    balanceStartsAt: toZonedInput(new Date(start.getTime() + 7 * 86_400_000), timeZone), balanceEndsAt: toZonedInput(new Date(start.getTime() + 9 * 86_400_000), timeZone),
    perUser: "", perUserUnits: "", totalStock: "", budget: "",
    withCoupons: true, withPlatform: true, withOrderPromotions: "default", exclusiveGroup: "", acknowledgeFloorWarnings: false, acknowledgeOverlaps: false,
    abEnabled: false, abWeightA: "50", abB: null,
  };
}

type Rules = Record<string, unknown> & { basis?: string; tiers?: { threshold: number; amountOff?: number; percentOff?: number; gifts?: { skuId: string; quantity: number }[] }[]; items?: Record<string, unknown>[] };

/** Fills the form from a stored promotion (edit page). */
type StoredPromotion = { name: string; type: string; shopId: string | null; startsAt: string; endsAt: string; previewAt: string | null; labelPriority: number; audience: unknown; scope: unknown; rules: unknown; limits: unknown; stacking: unknown; variants?: { key: string; weight: number; rules: unknown }[] };

export function formFromPromotion(p: StoredPromotion, timeZone = PLATFORM_TIME_ZONE): PromotionForm {
  const f = newForm(p.type, new Date(p.startsAt), timeZone);
  const local = (at: string) => toZonedInput(at, timeZone);
  const storedTimes = Object.fromEntries(
    (["startsAt", "endsAt", "previewAt"] as const).filter((k) => p[k]).map((k) => [k, { shown: local(p[k]!), iso: new Date(p[k]!).toISOString() }]),
  );
  const a = p.audience as { newUsersOnly?: boolean; memberLevels?: string[]; tags?: string[]; regions?: string[]; channels?: string[] };
  const s = p.scope as { all?: boolean; skuIds?: string[]; categoryIds?: string[]; excludeSkuIds?: string[] };
  const r = p.rules as Rules;
  const l = p.limits as Record<string, number | undefined>;
  const st = p.stacking as { withCoupons?: boolean; withPlatform?: boolean; withOrderPromotions?: boolean; exclusiveGroup?: string };
  const money = (v: unknown) => (typeof v === "number" ? centsToYuanText(v) : "");
  const th = (v: number) => (r.basis === "QUANTITY" ? String(v) : centsToYuanText(v));
  return {
    ...f,
    storedTimes,
    name: p.name, shopId: p.shopId ?? "", startsAt: local(p.startsAt), endsAt: local(p.endsAt), previewAt: p.previewAt ? local(p.previewAt) : "", labelPriority: String(p.labelPriority),
    newUsersOnly: Boolean(a.newUsersOnly), memberLevels: a.memberLevels ?? [], tags: (a.tags ?? []).join(", "), regions: (a.regions ?? []).join(", "), channels: a.channels ?? [],
    scopeMode: s.all ? "all" : s.categoryIds?.length ? "categories" : "skus", skuIds: s.skuIds ?? [], categoryIds: s.categoryIds ?? [], excludeSkuIds: s.excludeSkuIds ?? [],
    basis: (r.basis as "AMOUNT" | "QUANTITY") ?? "AMOUNT", repeat: Boolean(r.repeat),
    tiers: r.tiers?.map((t) => ({ threshold: th(t.threshold), amountOff: money(t.amountOff), percentOff: t.percentOff !== undefined ? String(t.percentOff) : "", gifts: (t.gifts ?? []).map((g) => ({ skuId: g.skuId, quantity: String(g.quantity) })) })) ?? [emptyTier()],
    threshold: r.threshold !== undefined ? th(r.threshold as number) : "", amountOff: money(r.amountOff), maxOff: money(r.maxOff),
    percentOff: r.percentOff !== undefined ? String(r.percentOff) : "", n: r.n !== undefined ? String(r.n) : "2", free: r.free !== undefined ? Boolean(r.free) : !r.amountOff,
    items: r.items?.map((i) => {
      const mode = (["percentOff", "specialPrice", "amountOff"] as const).find((k) => i[k] !== undefined) ?? "specialPrice";
      const price = (i.flashPrice ?? i.groupPrice ?? i[mode]) as number;
      return { skuId: String(i.skuId), mode, value: mode === "percentOff" ? String(price) : money(price), stock: i.stock !== undefined ? String(i.stock) : "", perUserLimit: i.perUserLimit !== undefined ? String(i.perUserLimit) : "1" };
    }) ?? [emptyItem()],
    groupSize: r.groupSize !== undefined ? String(r.groupSize) : "3", timeLimitMinutes: r.timeLimitMinutes !== undefined ? String(r.timeLimitMinutes) : "1440", virtualCompletion: Boolean(r.virtualCompletion),
    perUser: l.perUser ? String(l.perUser) : "", perUserUnits: l.perUserUnits ? String(l.perUserUnits) : "", totalStock: l.totalStock ? String(l.totalStock) : "", budget: money(l.budget),
    withCoupons: st.withCoupons !== false, withPlatform: st.withPlatform !== false, withOrderPromotions: st.withOrderPromotions === undefined ? "default" : st.withOrderPromotions ? "yes" : "no", exclusiveGroup: st.exclusiveGroup ?? "",
    ...(formKindOf(p.type)?.fill?.(r, timeZone) ?? {}),
    ...(p.variants && p.variants.length >= 2 ? { abEnabled: true, abWeightA: String(p.variants[0].weight), abB: formFromPromotion({ ...p, rules: p.variants[1].rules, variants: [] }, timeZone) } : {}),
  };
}

/** The API body, or the fields that could not be read. */
export function toPayload(f: PromotionForm): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const cents = (v: string, path: string, optional = false) => {
    if (optional && !v.trim()) return undefined;
    const c = parseYuan(v);
    if (c === null) errors[path] = "enter an amount in yuan, e.g. 12.30";
    return c ?? undefined;
  };
  const int = (v: string, path: string, optional = false) => {
    if (optional && !v.trim()) return undefined;
    if (!/^\d+$/.test(v.trim())) errors[path] = "enter a whole number";
    return Number(v);
  };
  const threshold = (v: string, path: string) => (f.basis === "QUANTITY" ? int(v, path) : cents(v, path));
  const list = (v: string) => v.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean);
  const kind = formKindOf(f.type);
  const time = (v: string, path: string) => {
    const iso = v ? fromZonedInput(v, f.timeZone) : null;
    if (!iso) errors[path] = "choose a date and time";
    return iso ?? undefined;
  };
  const rules = kind?.toRules(f, { cents, int, threshold, time }) ?? {};
  const itemScoped = kind?.itemScoped?.(f) ?? false;
  const scope = itemScoped
    ? { skuIds: f.items.map((i) => i.skuId).filter(Boolean) }
    : f.scopeMode === "all" ? { all: true, excludeSkuIds: f.excludeSkuIds } : f.scopeMode === "skus" ? { skuIds: f.skuIds, excludeSkuIds: f.excludeSkuIds } : { categoryIds: f.categoryIds, excludeSkuIds: f.excludeSkuIds };
  // wall-clock time in the form's zone → ISO 8601 with that zone's offset (the API keeps the instant)
  const when = (v: string, path: "startsAt" | "endsAt" | "previewAt", optional = false) => {
    if (optional && !v) return null;
    const stored = f.storedTimes?.[path];
    if (stored && stored.shown === v) return stored.iso;
    const iso = fromZonedInput(v, f.timeZone);
    if (!iso) errors[path] = "choose a date and time";
    return iso ?? v;
  };
  const body = {
    name: f.name,
    type: f.type,
    ...(f.shopId ? { shopId: f.shopId } : {}),
    startsAt: when(f.startsAt, "startsAt"),
    endsAt: when(f.endsAt, "endsAt"),
    previewAt: when(f.previewAt, "previewAt", true),
    labelPriority: int(f.labelPriority || "0", "labelPriority"),
    audience: { newUsersOnly: f.newUsersOnly || undefined, memberLevels: f.memberLevels.length ? f.memberLevels : undefined, tags: list(f.tags).length ? list(f.tags) : undefined, regions: list(f.regions).length ? list(f.regions) : undefined, channels: f.channels.length ? f.channels : undefined },
    scope,
    rules,
    limits: { perUser: int(f.perUser, "limits.perUser", true), perUserUnits: int(f.perUserUnits, "limits.perUserUnits", true), totalStock: int(f.totalStock, "limits.totalStock", true), budget: cents(f.budget, "limits.budget", true) },
    stacking: { withCoupons: f.withCoupons, withPlatform: f.withPlatform, withOrderPromotions: f.withOrderPromotions === "default" ? undefined : f.withOrderPromotions === "yes", exclusiveGroup: f.exclusiveGroup.trim() || undefined },
    acknowledgeFloorWarnings: f.acknowledgeFloorWarnings || undefined,
    acknowledgeOverlaps: f.acknowledgeOverlaps || undefined,
    variants: abVariants(f, rules, errors),
  };
  return Object.keys(errors).length ? { errors } : { body, errors };
}

/** A/B: A is the promotion's own rules, B the second form's; errors of B land on variants.1.rules.* */
function abVariants(f: PromotionForm, rulesA: Record<string, unknown>, errors: Record<string, string>) {
  if (!f.abEnabled || !f.abB) return [];
  const b = toPayload({ ...f.abB, type: f.type, abEnabled: false, abB: null });
  for (const [path, message] of Object.entries(b.errors)) if (path.startsWith("rules")) errors[`variants.1.${path}`] = message;
  const weightA = Number.parseInt(f.abWeightA, 10);
  if (!(weightA >= 1 && weightA <= 99)) errors["variants.0.weight"] = "between 1 and 99";
  return [
    { key: "A", weight: weightA, rules: rulesA },
    { key: "B", weight: 100 - weightA, rules: (b.body?.rules as Record<string, unknown>) ?? {} },
  ];
}
