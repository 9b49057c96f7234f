import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromZonedInput, toZonedInput, zoneLabel, dayIn } from "./zone";
import { formFromPromotion, newForm, toPayload } from "@/components/admin/promotion-form/form-model";

// SPEC §3 "Time zone": forms show and take wall-clock time in the shop's zone, never the browser's or
// the server's, so opening and saving unchanged keeps the instants.

const processZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = processZone;
});

describe("zoned form times", () => {
  it("shows an instant in the zone and reads it back with that zone's offset", () => {
    expect(toZonedInput("2026-12-01T02:00:00Z", "Asia/Shanghai")).toBe("2026-12-01T10:00");
    expect(fromZonedInput("2026-12-01T10:00", "Asia/Shanghai")).toBe("2026-12-01T10:00:00+08:00");
    expect(toZonedInput("2026-07-01T14:00:00Z", "America/New_York")).toBe("2026-07-01T10:00");
    expect(fromZonedInput("2026-07-01T10:00", "America/New_York")).toBe("2026-07-01T10:00:00-04:00");
    expect(fromZonedInput("2026-12-01T10:00", "America/New_York")).toBe("2026-12-01T10:00:00-05:00");
    expect(fromZonedInput("2026-02-30T10:00", "Asia/Shanghai")).toBeNull();
    expect(fromZonedInput("soon", "Asia/Shanghai")).toBeNull();
    expect(zoneLabel("Asia/Shanghai")).toBe("Asia/Shanghai (UTC+08:00)");
    expect(dayIn(new Date("2026-11-29T17:30:00Z"), "Asia/Shanghai")).toBe("2026-11-30");
  });

  it("property: any minute round-trips in any zone", () => {
    const zones = ["Asia/Shanghai", "America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Auckland"];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, tz) => {
        const at = new Date(minute * 60_000);
        const shown = toZonedInput(at, tz);
        const back = fromZonedInput(shown, tz)!;
        // a wall time repeated by a DST fall-back may read as either instant; it shows the same again
        expect(toZonedInput(back, tz)).toBe(shown);
      }),
    );
  });

  it.each(["Asia/Shanghai", "America/New_York", "UTC"])("a promotion opened and saved unchanged keeps its instants whatever the process zone (%s)", (processTz) => {
    process.env.TZ = processTz;
    const stored = { name: "x", type: "FULL_REDUCTION", shopId: "s1", startsAt: "2026-12-01T02:00:30.500Z", endsAt: "2026-12-08T02:00:00.000Z", previewAt: "2026-11-30T02:00:00.000Z", labelPriority: 0, audience: {}, scope: { all: true }, rules: { basis: "AMOUNT", tiers: [{ threshold: 10000, amountOff: 1000 }] }, limits: {}, stacking: {} };
    const form = formFromPromotion(stored, "Asia/Shanghai");
    expect(form).toMatchObject({ startsAt: "2026-12-01T10:00", endsAt: "2026-12-08T10:00", previewAt: "2026-11-30T10:00" });
    const { body } = toPayload(form);
    expect(new Date(body!.startsAt as string).toISOString()).toBe(stored.startsAt);
    expect(new Date(body!.endsAt as string).toISOString()).toBe(stored.endsAt);
    expect(new Date(body!.previewAt as string).toISOString()).toBe(stored.previewAt);
    // a time typed by staff means that wall time in the shop's zone
    const { body: edited } = toPayload({ ...form, startsAt: "2026-12-02T09:30" });
    expect(edited!.startsAt).toBe("2026-12-02T09:30:00+08:00");
  });

  it("a new form starts at the next whole hour in the zone it is given", () => {
    const f = newForm("FULL_REDUCTION", new Date("2026-11-29T12:10:00Z"), "Asia/Shanghai");
    expect(f).toMatchObject({ startsAt: "2026-11-29T21:00", endsAt: "2026-12-06T21:00", timeZone: "Asia/Shanghai" });
  });
});
