import { kindOf } from "@/lib/pricing/kinds";

type Locale = "zh" | "en";

/** A promotion's rules in plain words, one line per tier or item (admin and venue pages): the kind says them. */
export function describeRules(type: string, raw: unknown, locale: Locale, skuName: (id: string) => string = (id) => id): string[] {
  const kind = kindOf(type);
  if (!kind) return [];
  // stored rules were checked by the same schema when saved; a row saved under older rules is
  // described as it is, as far as it can be
  const rules = kind.rulesSchema.safeParse(raw);
  try {
    return kind.describe((rules.success ? rules.data : raw) as never, { locale, skuName });
  } catch {
    return [];
  }
}
