/**
 * Process-wide state (caches, clients, queues, buffers): one per process, whichever loader
 * imports the module — the production server loads lib/ twice (tsx for the fast routes and the
 * Next.js bundle), and dev reloads modules. Keyed on globalThis by a registered symbol.
 */
export function processState<T>(slot: string, init: () => T): T {
  const g = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`promo-hub:${slot}`);
  return (g[key] ??= init());
}
