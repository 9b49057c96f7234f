import { describe, expect, it } from "vitest";
import { segmentRulesSchema } from "./segment-rules";
import { compileSegment } from "./segment-sql";

const NOW = new Date("2026-11-29T04:00:00Z");
const paths = (r: unknown) => {
  const out = segmentRulesSchema.safeParse(r);
  return out.success ? [] : out.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("segment rules", () => {
  it("takes AND/OR groups of the SPEC's conditions, nested", () => {
    const r = { op: "OR", conditions: [{ type: "NEW_USER" }, { op: "AND", conditions: [{ type: "HIGH_VALUE", minSpent: 50000, days: 90 }, { type: "MEMBER_LEVEL", levels: ["V2", "V3"] }] }] };
    expect(paths(r)).toEqual([]);
  });

  it("refuses empty, contradictory and too deep rules, naming the field", () => {
    expect(paths({ op: "AND", conditions: [] })).toEqual(["conditions: add at least one condition"]);
    expect(paths({ op: "AND", conditions: [{ type: "NEW_USER" }, { type: "HIGH_VALUE", minSpent: 100, days: 30 }] })).toEqual(["conditions.1: contradicts NEW_USER: a new user has no paid orders"]);
    expect(paths({ op: "AND", conditions: [{ type: "SILENT", days: 60 }, { type: "HIGH_VALUE", minSpent: 100, days: 30 }] })).toEqual(["conditions.1.days: contradicts SILENT 60 days: no paid order in that time"]);
    expect(paths({ op: "AND", conditions: [{ type: "REGION", regions: ["上海"] }, { type: "REGION", regions: ["北京"] }] })).toEqual(["conditions.1.regions: has nothing in common with the other REGION condition"]);
    // the same under OR is fine: either region
    expect(paths({ op: "OR", conditions: [{ type: "REGION", regions: ["上海"] }, { type: "REGION", regions: ["北京"] }] })).toEqual([]);
    expect(paths({ op: "AND", conditions: [{ type: "MEMBER_LEVEL", levels: [] }] })).toEqual(["conditions.0.levels: choose at least one level"]);
    const deep = { op: "AND", conditions: [{ op: "OR", conditions: [{ op: "AND", conditions: [{ op: "OR", conditions: [{ type: "NEW_USER" }] }] }] }] };
    expect(paths(deep)).toEqual(["conditions: groups nest at most 3 deep"]);
    expect(paths({ op: "XOR", conditions: [{ type: "NEW_USER" }] })).toEqual(["op: must be AND or OR"]);
  });

  it("compiles to one parameterised predicate: values never enter the SQL text", () => {
    const r = segmentRulesSchema.parse({ op: "AND", conditions: [{ type: "TAG", tags: ["vip'; DROP TABLE x; --"] }, { op: "OR", conditions: [{ type: "REGION", regions: ["上海"] }, { type: "BIRTHDAY_MONTH", months: [12] }] }] });
    const { where, params } = compileSegment(r, NOW, "shop-1");
    expect(where).not.toContain("DROP");
    expect(where).toMatch(/^\(s\.tags && \$2::text\[\] AND \(s\.region = ANY\(\$3::text\[\]\) OR extract\(month FROM s\.birthday\)::int = ANY\(\$4::int\[\]\)\)\) AND s.id IN .*"shopId" = \$1\)$/);
    expect(params).toEqual(["shop-1", ["vip'; DROP TABLE x; --"], ["上海"], [12]]);
  });
});
