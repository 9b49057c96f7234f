/**
 * A stand-in for a client that is created on first use (so importing a module needs no
 * environment, e.g. during `next build`) and kept on globalThis (one per process, also across
 * dev hot reloads).
 */
export function lazySingleton<T extends object>(slot: string, create: () => T): T {
  const store = globalThis as unknown as Record<string, T | undefined>;
  const get = () => (store[slot] ??= create());
  return new Proxy({} as T, {
    get(_, prop) {
      const target = get();
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
