import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MANIFEST, renderManifest } from "../../scripts/gen-route-manifest";

describe("route manifest", () => {
  it("lists exactly the route files under app/api (run `npx tsx scripts/gen-route-manifest.ts` after adding one)", () => {
    expect(readFileSync(MANIFEST, "utf8")).toBe(renderManifest());
  });
});
