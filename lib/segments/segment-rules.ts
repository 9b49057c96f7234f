import { z } from "zod";
import { centsSchema } from "@/lib/pricing/money-schemas";

// Segment rules (SPEC §9 人群): conditions combined with AND / OR, groups nested up to three deep.
// The same schema checks the admin builder's output and the API body; the SQL comes from
// segment-sql.ts. A rule that can select nobody (contradictory) or everybody by accident (empty)
// is refused with the field that makes it so.

const days = z.number().int("must be whole").min(1, "at least 1 day").max(3650, "at most 3650 days");
const ids = (what: string) => z.array(z.string().trim().min(1).max(100)).min(1, `choose at least one ${what}`).max(200);

export const conditionSchema = z.discriminatedUnion("type", [
  /** 新用户: no paid order yet */
  z.object({ type: z.literal("NEW_USER") }),
  /** 沉默用户: joined before and no paid order in the last `days` days (never ordering counts as silent) */
  z.object({ type: z.literal("SILENT"), days }),
  /** 高价值: paid goods of at least `minSpent` cents in the last `days` days */
  z.object({ type: z.literal("HIGH_VALUE"), minSpent: centsSchema.min(1, "must be more than 0"), days }),
  z.object({ type: z.literal("MEMBER_LEVEL"), levels: ids("level") }),
  z.object({ type: z.literal("REGION"), regions: ids("region") }),
  /** any of the tags */
  z.object({ type: z.literal("TAG"), tags: ids("tag") }),
  z.object({ type: z.literal("BIRTHDAY_MONTH"), months: z.array(z.number().int().min(1, "1–12").max(12, "1–12")).min(1, "choose at least one month").max(12) }),
  /** claimed (or used) a coupon of this template */
  z.object({ type: z.literal("COUPON"), templateId: z.string().trim().min(1, "is required").max(100), used: z.boolean().default(false) }),
  /** viewed this promotion's venue in the last `days` days without a paid order since */
  z.object({ type: z.literal("VIEWED_NO_ORDER"), promotionId: z.string().trim().min(1, "is required").max(100), days }),
]);
export type SegmentCondition = z.infer<typeof conditionSchema>;

export type SegmentGroup = { op: "AND" | "OR"; conditions: (SegmentCondition | SegmentGroup)[] };

const groupSchema: z.ZodType<SegmentGroup> = z.lazy(() =>
  z.object({
    op: z.enum(["AND", "OR"], { error: "must be AND or OR" }),
    conditions: z.array(z.union([conditionSchema, groupSchema])).min(1, "add at least one condition").max(20, "at most 20 conditions"),
  }),
);

const depth = (g: SegmentGroup): number => 1 + Math.max(0, ...g.conditions.map((c) => ("op" in c ? depth(c) : 0)));

/** Conditions that can never hold together under AND, with the path of the later one. */
function contradictions(g: SegmentGroup, path: (string | number)[], ctx: z.RefinementCtx) {
  g.conditions.forEach((c, i) => {
    if ("op" in c) contradictions(c, [...path, "conditions", i], ctx);
  });
  if (g.op !== "AND") return;
  const flat = g.conditions.map((c, i) => ({ c, i })).filter((x): x is { c: SegmentCondition; i: number } => !("op" in x.c));
  const at = (i: number, field?: string) => [...path, "conditions", i, ...(field ? [field] : [])];
  const first = <T extends SegmentCondition["type"]>(type: T) => flat.filter((x) => x.c.type === type) as { c: Extract<SegmentCondition, { type: T }>; i: number }[];
  const newUser = first("NEW_USER")[0];
  const spender = first("HIGH_VALUE")[0];
  if (newUser && spender) ctx.addIssue({ code: "custom", path: at(spender.i), message: "contradicts NEW_USER: a new user has no paid orders" });
  for (const s of first("SILENT")) for (const h of first("HIGH_VALUE"))
    if (h.c.days <= s.c.days) ctx.addIssue({ code: "custom", path: at(h.i, "days"), message: `contradicts SILENT ${s.c.days} days: no paid order in that time` });
  // two lists of the same kind with nothing in common select nobody
  const lists: [SegmentCondition["type"], string][] = [["MEMBER_LEVEL", "levels"], ["REGION", "regions"], ["BIRTHDAY_MONTH", "months"]];
  for (const [type, field] of lists) {
    const same = flat.filter((x) => x.c.type === type);
    for (let k = 1; k < same.length; k++) {
      const a = new Set((same[0].c as unknown as Record<string, unknown[]>)[field].map(String));
      if (!(same[k].c as unknown as Record<string, unknown[]>)[field].some((v) => a.has(String(v)))) ctx.addIssue({ code: "custom", path: at(same[k].i, field), message: `has nothing in common with the other ${type} condition` });
    }
  }
}

export const segmentRulesSchema = groupSchema.superRefine((g, ctx) => {
  if (depth(g) > 3) ctx.addIssue({ code: "custom", path: ["conditions"], message: "groups nest at most 3 deep" });
  contradictions(g, [], ctx);
});

/** The first generation's flat rules ({newUsers, memberLevels, tags, regions}), as a group. */
export function fromLegacyRules(r: { newUsers?: boolean; memberLevels?: string[]; tags?: string[]; regions?: string[] }): SegmentGroup {
  const conditions: SegmentCondition[] = [];
  if (r.newUsers) conditions.push({ type: "NEW_USER" });
  if (r.memberLevels?.length) conditions.push({ type: "MEMBER_LEVEL", levels: r.memberLevels });
  if (r.tags?.length) conditions.push({ type: "TAG", tags: r.tags });
  if (r.regions?.length) conditions.push({ type: "REGION", regions: r.regions });
  return { op: "AND", conditions };
}

/** Stored rules of either generation, as a group. */
export const storedRules = (raw: unknown): SegmentGroup => (raw && typeof raw === "object" && "op" in raw ? (raw as SegmentGroup) : fromLegacyRules((raw ?? {}) as never));
