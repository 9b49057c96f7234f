import { formatYuan } from "@/lib/pricing/money";

type Locale = "zh" | "en";
type AnyRules = {
  basis?: "AMOUNT" | "QUANTITY";
  tiers?: { threshold: number; amountOff?: number; percentOff?: number; gifts?: { skuId: string; quantity: number }[] }[];
  repeat?: boolean;
  threshold?: number;
  amountOff?: number;
  maxOff?: number;
  percentOff?: number;
  items?: { skuId: string; percentOff?: number; specialPrice?: number; amountOff?: number; flashPrice?: number; stock?: number; perUserLimit?: number; groupPrice?: number }[];
  n?: number;
  free?: boolean;
  groupSize?: number;
  timeLimitMinutes?: number;
};

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

/** A promotion's rules in plain words, one line per tier or item (admin and venue pages). */
export function describeRules(type: string, raw: unknown, locale: Locale, skuName: (id: string) => string = (id) => id): string[] {
  const r = raw as AnyRules;
  const zh = locale === "zh";
  const th = (v: number) => (r.basis === "QUANTITY" ? (zh ? `${v} 件` : `${v} items`) : formatYuan(v));
  const pct = (off: number) => (zh ? `${(100 - off) / 10} 折` : `${off}% off`);
  switch (type) {
    case "FULL_REDUCTION":
      if (r.repeat) return [zh ? `每满 ${th(r.threshold!)} 减 ${formatYuan(r.amountOff!)}${r.maxOff ? `，最多减 ${formatYuan(r.maxOff)}` : ""}` : `${formatYuan(r.amountOff!)} off every ${th(r.threshold!)}${r.maxOff ? `, up to ${formatYuan(r.maxOff)}` : ""}`];
      return (r.tiers ?? []).map((t) => (zh ? `满 ${th(t.threshold)} 减 ${formatYuan(t.amountOff!)}` : `Spend ${th(t.threshold)}, save ${formatYuan(t.amountOff!)}`));
    case "FULL_DISCOUNT":
      return (r.tiers ?? []).map((t) => (zh ? `满 ${th(t.threshold)} 打 ${pct(t.percentOff!)}` : `${th(t.threshold)} or more: ${pct(t.percentOff!)}`));
    case "GIFT":
      return (r.tiers ?? []).map((t) => {
        const gifts = (t.gifts ?? []).map((g) => `${skuName(g.skuId)} × ${g.quantity}`).join(zh ? "、" : ", ");
        return zh ? `满 ${th(t.threshold)} 赠 ${gifts}` : `Spend ${th(t.threshold)}, get ${gifts} free`;
      });
    case "NTH_ITEM":
      return [zh ? `第 ${r.n} 件${r.percentOff === 100 ? "免费" : ` ${pct(r.percentOff!)}`}` : `Every ${ordinal(r.n!)} item ${r.percentOff === 100 ? "free" : pct(r.percentOff!)}`];
    case "SHIPPING":
      return [r.free ? (zh ? `满 ${formatYuan(r.threshold!)} 包邮` : `Free shipping from ${formatYuan(r.threshold!)}`) : zh ? `满 ${formatYuan(r.threshold!)} 运费减 ${formatYuan(r.amountOff!)}` : `${formatYuan(r.amountOff!)} off shipping from ${formatYuan(r.threshold!)}`];
    case "DISCOUNT":
      if (r.percentOff !== undefined) return [zh ? `活动商品 ${pct(r.percentOff)}` : `${pct(r.percentOff)} on every product in scope`];
      return (r.items ?? []).map((i) =>
        i.specialPrice !== undefined ? (zh ? `${skuName(i.skuId)} 特价 ${formatYuan(i.specialPrice)}` : `${skuName(i.skuId)} at ${formatYuan(i.specialPrice)}`) : i.percentOff !== undefined ? `${skuName(i.skuId)} ${pct(i.percentOff)}` : zh ? `${skuName(i.skuId)} 直降 ${formatYuan(i.amountOff ?? 0)}` : `${skuName(i.skuId)} ${formatYuan(i.amountOff ?? 0)} off`,
      );
    case "FLASH_SALE":
      return (r.items ?? []).map((i) => (zh ? `${skuName(i.skuId)} 秒杀价 ${formatYuan(i.flashPrice!)}，限量 ${i.stock} 件，每人限 ${i.perUserLimit} 件` : `${skuName(i.skuId)} at ${formatYuan(i.flashPrice!)}, ${i.stock} units, ${i.perUserLimit} per shopper`));
    case "GROUP_BUY":
      return (r.items ?? []).map((i) => (zh ? `${skuName(i.skuId)} ${r.groupSize} 人团 ${formatYuan(i.groupPrice!)}，${r.timeLimitMinutes} 分钟内成团` : `${skuName(i.skuId)} ${formatYuan(i.groupPrice!)} in a group of ${r.groupSize}, within ${r.timeLimitMinutes} min`));
  }
  return [];
}
