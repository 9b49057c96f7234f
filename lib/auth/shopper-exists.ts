import { pgPool } from "@/lib/db/pg-pool";
import { notFound } from "@/lib/api/errors";
import { processState } from "@/lib/process-state";

// Shoppers are never deleted: a positive answer can be remembered for the process's life, so an
// API key acting for a known shopper costs no query on the hot path. A shopper met for the first
// time costs one prepared statement on the plain pool (a flash sale meets thousands in its first
// seconds), shared by the concurrent requests that ask for the same id.
const st = processState("known-shoppers", () => ({ known: new Set<string>(), asking: new Map<string, Promise<boolean>>() }));

/** 404 for a userId that names nobody (API keys act only for existing shoppers). */
export async function assertShopperExists(id: string) {
  if (st.known.has(id)) return;
  let asking = st.asking.get(id);
  if (!asking) {
    asking = pgPool()
      .query({ name: "shopper-exists", text: `SELECT 1 FROM "Shopper" WHERE id = $1`, values: [id] })
      .then((r) => (r.rowCount ?? 0) > 0)
      .finally(() => st.asking.delete(id));
    st.asking.set(id, asking);
  }
  if (!(await asking)) throw notFound("shopper");
  if (st.known.size > 500_000) st.known.clear();
  st.known.add(id);
}
