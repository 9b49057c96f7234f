import { db } from "@/lib/db/client";
import type { RiskSettings } from "@/lib/generated/prisma/client";
import { processState } from "@/lib/process-state";

export const PLATFORM_RISK = "platform";
export const DEFAULT_RISK: Omit<RiskSettings, "id" | "updatedAt" | "updatedBy"> = {
  enabled: true,
  perShopperPerMinute: 10,
  perIpPerMinute: 60,
  accountsPerIpPerHour: 10,
  highValueCents: 5000,
  refundAbuseCount: 3,
  reviewScore: 50,
  refuseScore: 80,
};
export type RiskThresholds = typeof DEFAULT_RISK;

// Settings are read on every check: kept 5 s in this process (a change shows within that).
const st = processState("risk-settings", () => ({ byShop: new Map<string, { at: number; s: RiskThresholds }>() }));

/** The shop's own settings, else the platform's, else the defaults. */
export async function riskSettingsFor(shopId: string | null): Promise<RiskThresholds> {
  const k = shopId ?? PLATFORM_RISK;
  const hit = st.byShop.get(k);
  if (hit && Date.now() - hit.at < 5_000) return hit.s;
  const rows = await db.riskSettings.findMany({ where: { id: { in: [k, PLATFORM_RISK] } } });
  const row = rows.find((r) => r.id === k) ?? rows.find((r) => r.id === PLATFORM_RISK);
  const s = row ? { ...DEFAULT_RISK, ...Object.fromEntries(Object.entries(row).filter(([key]) => key in DEFAULT_RISK)) } : DEFAULT_RISK;
  st.byShop.set(k, { at: Date.now(), s: s as RiskThresholds });
  return s as RiskThresholds;
}

export const forgetRiskSettings = () => st.byShop.clear();
