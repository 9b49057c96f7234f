import { describe, expect, it } from "vitest";
import { findHostile } from "./hostile-input";
import { isoDateTimeSchema, parseIsoInstant } from "./dates";
import { safeCallback } from "@/lib/auth/safe-callback";

describe("what the database cannot hold", () => {
  it.each([
    [{ name: "a\u0000b" }, "name"],
    [{ skus: [{ code: "x\ud800" }] }, "skus.0.code"],
    [{ note: "\udc00x" }, "note"],
    [{ price: 2_147_483_648 }, "price"],
    [{ stock: -2_147_483_649 }, "stock"],
    [{ lines: [{ quantity: 1e300 }] }, "lines.0.quantity"],
  ])("%j is refused at %s", (value, field) => {
    expect(findHostile(value)?.[0]).toBe(field);
  });

  it("keeps ordinary text, emoji pairs and int4 numbers", () => {
    expect(findHostile({ name: "云朵 Air 🎧", price: 2_147_483_647, pct: 12.5, n: -3 })).toBeNull();
  });
});

describe("strict ISO 8601 instants", () => {
  it.each(["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-11T24:00:00+08:00", "+275760-09-13T00:00:00Z", "1969-12-31T23:59:59Z", "2026-11-11 10:00", "yesterday", "2026-11-11T10:00:00+15:00"])("%s is refused", (s) => {
    expect(parseIsoInstant(s)).toBeNull();
  });

  it("an offset is honoured; a bare date is midnight in Asia/Shanghai; leap days exist in leap years", () => {
    expect(parseIsoInstant("2026-11-11T00:00:00+08:00")?.toISOString()).toBe("2026-11-10T16:00:00.000Z");
    expect(parseIsoInstant("2026-12-02")?.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(parseIsoInstant("2028-02-29T12:00:00Z")).not.toBeNull();
    expect(parseIsoInstant("2027-02-29T12:00:00Z")).toBeNull();
  });

  it("booleans and numbers are not dates (no coercion to 1970)", () => {
    expect(isoDateTimeSchema.safeParse(true).success).toBe(false);
    expect(isoDateTimeSchema.safeParse(0).success).toBe(false);
  });
});

describe("redirect targets", () => {
  it.each(["/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "https://evil.example/x", "/%0A/x\u0000", "javascript:alert(1)", "", undefined])("%j falls back", (raw) => {
    expect(safeCallback(raw as string | undefined, "/home")).toBe("/home");
  });

  it("keeps paths of this site with their query", () => {
    expect(safeCallback("/admin/promotions?status=ACTIVE#top", "/")).toBe("/admin/promotions?status=ACTIVE#top");
    expect(safeCallback("/%5Cevil", "/")).toBe("/%5Cevil");
  });
});
