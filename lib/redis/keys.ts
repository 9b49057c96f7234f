// Every Redis key of the application is built here. Keys that one Lua script touches together
// share a hash tag ({...}) so the script runs unchanged on Redis Cluster.
export const keys = {
  rateLimit: (bucket: string, window: number) => `rl:{${bucket}}:${window}`,
  /** failed sign-ins of an account or an IP in the current window */
  signInFailures: (who: string, window: number) => `signin:{${who}}:${window}`,
  /** bumped on every change that prices read (promotions, coupon templates, SKUs, shops) */
  pricingVersion: "pricing:version",
  /** one flash sale's counters: all under the hash tag {fs:<promotionId>} (one cluster slot) */
  flashSale: (promotionId: string) => {
    const tag = `{fs:${promotionId}}`;
    return { meta: `${tag}:meta`, stock: `${tag}:stock`, limits: `${tag}:limit`, users: `${tag}:users`, idem: `${tag}:idem`, rate: (shopperId: string, second: number) => `${tag}:rate:${shopperId}:${second}`, recovered: `${tag}:recovered`, wins: `${tag}:wins`, latency: `${tag}:latency` };
  },
};
