"use client";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { useShopper } from "./shopper-context-client";

const icons: Record<string, string> = {
  flash: "M13 10V3L4 14h7v7l9-11h-7z",
  home: "M3 12l9-9 9 9M5 10v10h5v-6h4v6h5V10",
  coupons: "M4 6h16v4a2 2 0 000 4v4H4v-4a2 2 0 000-4V6z",
  cart: "M3 3h2l.4 2M7 13h10l4-8H5.4M7 13L5.4 5M7 13l-2.3 2.3c-.6.6-.2 1.7.7 1.7H17m0 0a2 2 0 100 4 2 2 0 000-4zm-8 2a2 2 0 11-4 0 2 2 0 014 0z",
  me: "M16 7a4 4 0 11-8 0 4 4 0 018 0zM12 14a7 7 0 00-7 7h14a7 7 0 00-7-7z",
};

/** The shop's bottom bar; only the flash venue is prefetched (the likely next page), the cart shows its count. */
export function BottomNavClient({ items, label }: { items: { href: string; label: string; icon: string }[]; label: string }) {
  const pathname = usePathname();
  const { cartCount } = useShopper();
  return (
    <nav aria-label={label} className="fixed inset-x-0 bottom-0 z-20 mx-auto flex max-w-5xl justify-around border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link key={item.href} href={item.href} prefetch={item.icon === "flash" ? true : false} aria-current={active ? "page" : undefined} className={`relative flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 py-1.5 text-xs ${active ? "font-semibold text-brand-700" : "text-slate-600"}`}>
            <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
              <path d={icons[item.icon]} />
            </svg>
            {item.label}
            {item.icon === "cart" && cartCount > 0 && (
              <span className="absolute right-[calc(50%-22px)] top-1 min-w-5 rounded-full bg-brand-700 px-1 text-center text-[11px] font-semibold leading-5 text-white" data-testid="cart-badge">
                {cartCount}
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
