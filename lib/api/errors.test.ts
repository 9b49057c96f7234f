import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldsFromZod } from "./errors";
import { localizeValidation } from "@/lib/i18n/validation-messages";

// issue 11 #11: zod's own English ("Too big: expected number to be <=100000000") never reaches a form
const schema = z.object({
  amount: z.number().int().max(100_000_000),
  count: z.number().int().min(1),
  name: z.string().min(1).max(5),
  tags: z.array(z.string()).max(2),
  kind: z.enum(["A", "B"]),
  note: z.string().max(3, "keep it short"),
});
const fields = (input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a failure");
  return fieldsFromZod(r.error);
};

describe("fieldsFromZod", () => {
  it("rewrites zod's default wording into plain phrases the forms translate", () => {
    const f = fields({ amount: 100_000_001, count: 0, name: "toolong", tags: ["a", "b", "c"], kind: "C", note: "long" });
    expect(f).toEqual({ amount: "at most 100000000", count: "at least 1", name: "at most 5 characters", tags: "at most 2 items", kind: "is not one of the allowed values", note: "keep it short" });
    expect(Object.values(f).map((m) => localizeValidation(m, "zh"))).toEqual(["最多 100000000", "至少为 1", "最多 5 个字符", "最多 2 项", "不是允许的取值", "keep it short"]);
  });
  it("says which fields are missing or of the wrong type", () => {
    expect(fields({ amount: "1", name: "" })).toMatchObject({ amount: "must be a number", count: "is required", name: "is required" });
  });
});
