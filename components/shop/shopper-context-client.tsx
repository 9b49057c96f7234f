"use client";
import { createContext, useContext, useEffect, useState } from "react";

// Shop pages are rendered once for everyone (so a CDN can cache them); who is signed in and what
// is in their cart are filled in here, in the browser. A non-secret marker cookie (set at sign-in)
// spares visitors the round trip; the cart cookie is read directly.
export const SESSION_MARKER = "promo_session";

type Shopper = { signedIn: boolean; name: string | null; cartCount: number; unread: number; loaded: boolean };
const Ctx = createContext<Shopper>({ signedIn: false, name: null, cartCount: 0, unread: 0, loaded: false });

export const useShopper = () => useContext(Ctx);

function cookie(name: string) {
  return document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

function cartCount() {
  try {
    const raw = cookie("cart");
    return raw ? (JSON.parse(decodeURIComponent(raw)) as [string, number][]).reduce((a, [, q]) => a + q, 0) : 0;
  } catch {
    return 0;
  }
}

export function ShopperProvider({ children }: { children: React.ReactNode }) {
  const [s, set] = useState<Shopper>({ signedIn: false, name: null, cartCount: 0, unread: 0, loaded: false });
  useEffect(() => {
    let live = true;
    const load = async (): Promise<Shopper> => {
      const count = cartCount();
      if (!cookie(SESSION_MARKER)) return { signedIn: false, name: null, cartCount: count, unread: 0, loaded: true };
      try {
        const b = (await (await fetch("/api/me/summary")).json()) as { signedIn: boolean; name: string | null; unread?: number };
        if (!b.signedIn) document.cookie = `${SESSION_MARKER}=; Max-Age=0; path=/`;
        return { signedIn: b.signedIn, name: b.name, cartCount: count, unread: b.unread ?? 0, loaded: true };
      } catch {
        return { signedIn: false, name: null, cartCount: count, unread: 0, loaded: true };
      }
    };
    void load().then((next) => live && set(next));
    // the cart cookie changes without a page load (add to cart, the cart page): the badge follows it
    const watch = setInterval(() => {
      const n = cartCount();
      set((cur) => (cur.loaded && cur.cartCount !== n ? { ...cur, cartCount: n } : cur));
    }, 1000);
    return () => {
      live = false;
      clearInterval(watch);
    };
  }, []);
  return <Ctx.Provider value={s}>{children}</Ctx.Provider>;
}
