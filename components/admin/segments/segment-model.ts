import { parseYuan } from "@/lib/pricing/money";

// What the segment builder holds (strings, as typed) and the API rules it becomes.

export type CondType = "NEW_USER" | "SILENT" | "HIGH_VALUE" | "MEMBER_LEVEL" | "REGION" | "TAG" | "BIRTHDAY_MONTH" | "COUPON" | "VIEWED_NO_ORDER";
export const COND_TYPES: CondType[] = ["NEW_USER", "SILENT", "HIGH_VALUE", "MEMBER_LEVEL", "REGION", "TAG", "BIRTHDAY_MONTH", "COUPON", "VIEWED_NO_ORDER"];

export type CondForm = { kind: "cond"; type: CondType; days: string; minSpent: string; list: string; refId: string; used: boolean };
export type GroupForm = { kind: "group"; op: "AND" | "OR"; items: (CondForm | GroupForm)[] };

export const newCond = (type: CondType = "MEMBER_LEVEL"): CondForm => ({ kind: "cond", type, days: "30", minSpent: "", list: "", refId: "", used: false });
export const newGroup = (op: "AND" | "OR" = "AND"): GroupForm => ({ kind: "group", op, items: [newCond()] });

const list = (v: string) => v.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean);
const whole = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : (v as unknown as number));

function cond(c: CondForm): Record<string, unknown> {
  switch (c.type) {
    case "NEW_USER":
      return { type: c.type };
    case "SILENT":
      return { type: c.type, days: whole(c.days) };
    case "HIGH_VALUE":
      return { type: c.type, minSpent: parseYuan(c.minSpent) ?? -1, days: whole(c.days) };
    case "MEMBER_LEVEL":
      return { type: c.type, levels: list(c.list) };
    case "REGION":
      return { type: c.type, regions: list(c.list) };
    case "TAG":
      return { type: c.type, tags: list(c.list) };
    case "BIRTHDAY_MONTH":
      return { type: c.type, months: list(c.list).map(whole) };
    case "COUPON":
      return { type: c.type, templateId: c.refId, used: c.used };
    case "VIEWED_NO_ORDER":
      return { type: c.type, promotionId: c.refId, days: whole(c.days) };
  }
}

/** The API's rules (the server's schema names what is wrong, by path). */
export function toRules(g: GroupForm): Record<string, unknown> {
  return { op: g.op, conditions: g.items.map((x) => (x.kind === "group" ? toRules(x) : cond(x))) };
}
