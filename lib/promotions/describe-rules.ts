import { kindOf } from "@/lib/pricing/kinds";

type Locale = "zh" | "en";

/** A promotion's rules in plain words, one line per tier or item (admin and venue pages): the kind says them. */
export function describeRules(type: string, raw: unknown, locale: Locale, skuName: (id: string) => string = (id) => id): string[] {
  const kind = kindOf(type);
  if (!kind) return [];
  // stored rules were checked by the same schema when saved; a row that no longer parses says nothing rather than nonsense
  const rules = kind.rulesSchema.safeParse(raw);
  return rules.success ? kind.describe(rules.data, { locale, skuName }) : [];
}
