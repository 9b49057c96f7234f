// Sums the JSON reports of vitest and Playwright into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let passed = 0, failed = 0, skipped = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
for (const f of [".test-results/unit.json", ".test-results/integration.json", ".test-results/faults.json"]) {
  const r = read(f);
  if (!r) { console.log(`missing report ${f}`); failed++; continue; }
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
const e2e = read(".test-results/e2e.json");
if (!e2e) { console.log("missing report .test-results/e2e.json"); failed++; }
else { passed += e2e.stats.expected + e2e.stats.flaky; failed += e2e.stats.unexpected; skipped += e2e.stats.skipped; }
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
