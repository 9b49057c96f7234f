import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "zh"],
    ["", "zh"],
    ["en-US,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh"],
    ["fr-FR,en;q=0.5,zh;q=0.9", "zh"], // quality order, not header order
    ["de-DE", "zh"], // unsupported → default
  ])("%s → %s", (header, expected) => expect(localeFromAcceptLanguage(header)).toBe(expected));
});
