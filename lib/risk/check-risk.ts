import { db } from "@/lib/db/client";
import { redis } from "@/lib/redis/client";
import { AppError } from "@/lib/api/errors";
import type { RiskAction } from "@/lib/generated/prisma/client";
import { countRisk } from "@/lib/ops/metrics";
import { riskSettingsFor } from "./risk-settings";
import { blacklistHits } from "./risk-blacklist";
import { privateHost } from "@/lib/http/private-address";

// 风控 (issue 18 #3): a score with reasons for claims, code redemptions, orders with high-value
// coupons and flash attempts. Signals, each adding to the score:
//   BLACKLISTED (100)       the shopper, IP, device or address is on the shop's or platform's blacklist
//   SHOPPER_VELOCITY (40)   the shopper did this more than perShopperPerMinute times this minute
//   IP_VELOCITY (30)        the IP did this more than perIpPerMinute times this minute
//   MANY_ACCOUNTS_IP (50)   more than accountsPerIpPerHour distinct shoppers acted from this IP this hour
//   HIGH_VALUE (20)         a coupon / discount worth highValueCents or more
//   REFUND_ABUSE (30)       (high-value only) refundAbuseCount+ refunds of coupon orders in 30 days
//   NEW_ACCOUNT (10)        (high-value only) the shopper's account is less than a day old
// score ≥ refuseScore → REFUSE (422 RISK_REFUSED, the reasons in `details`), ≥ reviewScore → REVIEW
// (the action goes through and waits in the staff's review queue), else ALLOW.

export type RiskInput = { action: RiskAction; shopId: string | null; shopperId: string; ip?: string | null; deviceId?: string | null; address?: string | null; valueCents?: number; subject?: string | null };
export type RiskResult = { verdict: "ALLOW" | "REVIEW" | "REFUSE"; score: number; reasons: string[]; decisionId: string | null };

const WEIGHT = { BLACKLISTED: 100, SHOPPER_VELOCITY: 40, IP_VELOCITY: 30, MANY_ACCOUNTS_IP: 50, HIGH_VALUE: 20, REFUND_ABUSE: 30, NEW_ACCOUNT: 10 } as const;

export async function assessRisk(input: RiskInput, now = new Date()): Promise<RiskResult> {
  const s = await riskSettingsFor(input.shopId);
  if (!s.enabled) return { verdict: "ALLOW", score: 0, reasons: [], decisionId: null };
  const minute = Math.floor(now.getTime() / 60_000);
  const hour = Math.floor(now.getTime() / 3_600_000);
  const ip = input.ip && input.ip !== "unknown" ? input.ip : null;
  // velocity and many-accounts count only a public address: a loopback or private one is a proxy
  // without TRUST_PROXY, an office NAT or a test machine — every shopper behind it would look alike
  // (the blacklist still matches it)
  const signalIp = ip && !privateHost(ip) ? ip : null;
  // flash attempts: the attempt script already limits each shopper per second, so only the IP's
  // signals are counted here — and only when there is a shopper's IP (an API key's caller is the host)
  const perShopper = input.action !== "FLASH";
  const m = redis.multi();
  if (perShopper) m.incr(`risk:v:${input.action}:s:${input.shopperId}:${minute}`).expire(`risk:v:${input.action}:s:${input.shopperId}:${minute}`, 120);
  if (signalIp) {
    m.incr(`risk:v:${input.action}:ip:${signalIp}:${minute}`).expire(`risk:v:${input.action}:ip:${signalIp}:${minute}`, 120);
    m.pfadd(`risk:acct:${signalIp}:${hour}`, input.shopperId).expire(`risk:acct:${signalIp}:${hour}`, 7200).pfcount(`risk:acct:${signalIp}:${hour}`);
  }
  const [res, listed] = await Promise.all([perShopper || signalIp ? m.exec() : Promise.resolve([]), blacklistHits(input.shopId, { SHOPPER: input.shopperId, IP: ip, DEVICE: input.deviceId ?? null, ADDRESS: input.address ?? null })]);
  const base = perShopper ? 2 : 0;
  const n = (i: number) => Number(res?.[i]?.[1] ?? 0);
  const reasons: string[] = [];
  if (listed.length) reasons.push("BLACKLISTED");
  if (perShopper && n(0) > s.perShopperPerMinute) reasons.push("SHOPPER_VELOCITY");
  if (signalIp && n(base) > s.perIpPerMinute) reasons.push("IP_VELOCITY");
  if (signalIp && n(base + 4) > s.accountsPerIpPerHour) reasons.push("MANY_ACCOUNTS_IP");
  const value = input.valueCents ?? 0;
  if (value >= s.highValueCents && value > 0) {
    reasons.push("HIGH_VALUE");
    const [refunds, shopper] = await Promise.all([
      db.refund.count({ where: { order: { shopperId: input.shopperId, couponDiscount: { gt: 0 } }, status: "APPROVED", createdAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } } }),
      db.shopper.findUnique({ where: { id: input.shopperId }, select: { createdAt: true } }),
    ]);
    if (refunds >= s.refundAbuseCount) reasons.push("REFUND_ABUSE");
    if (shopper && now.getTime() - shopper.createdAt.getTime() < 86_400_000) reasons.push("NEW_ACCOUNT");
  }
  const score = Math.min(100, reasons.reduce((a, r) => a + WEIGHT[r as keyof typeof WEIGHT], 0));
  const verdict = score >= s.refuseScore ? "REFUSE" : score >= s.reviewScore ? "REVIEW" : "ALLOW";
  countRisk(input.action, verdict);
  // flash attempts (thousands a second): a plain ALLOW is only counted, anything else logged at most
  // once per shopper and minute (a refused bot's flood must not become a flood of database writes);
  // every other action's decision is logged
  let decisionId: string | null = null;
  const log = input.action !== "FLASH" || (verdict !== "ALLOW" && (await redis.set(`risk:log:${input.shopperId}:${minute}`, "1", "EX", 120, "NX")) === "OK");
  if (log) {
    const row = await db.riskDecision.create({ data: { shopId: input.shopId, action: input.action, shopperId: input.shopperId, ip, deviceId: input.deviceId ?? null, score, reasons, verdict, valueCents: value, subject: input.subject ?? null, reviewStatus: verdict === "REVIEW" ? "PENDING" : null, createdAt: now } });
    decisionId = row.id;
  }
  return { verdict, score, reasons, decisionId };
}

/** assessRisk, and a REFUSE as the typed error the shopper reads in words. */
export async function guardRisk(input: RiskInput, now = new Date()): Promise<RiskResult> {
  const r = await assessRisk(input, now);
  if (r.verdict === "REFUSE") throw new AppError("RISK_REFUSED", `Refused by the risk check: ${r.reasons.join(", ")}`, undefined, { reasons: r.reasons, score: r.score });
  return r;
}

/** Points the decision of a REVIEW at what it let through (the coupon, the order) once that exists. */
export async function attachRiskSubject(decisionId: string | null, subject: string) {
  if (decisionId) await db.riskDecision.update({ where: { id: decisionId }, data: { subject } });
}
