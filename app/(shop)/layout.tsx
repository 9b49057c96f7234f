import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/session-actor";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { BottomNavClient } from "@/components/shop/bottom-nav-client";

export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  const actor = await getSessionActor();
  const shopper = actor?.kind === "shopper" ? actor : null;
  return (
    <div className="mx-auto flex min-h-screen max-w-5xl flex-col bg-slate-50">
      <header className="sticky top-0 z-20 flex h-14 items-center justify-between gap-3 bg-brand-600 px-4 text-white shadow-sm">
        <Link href="/" className="flex items-center gap-2 font-semibold">
          <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-white text-sm font-bold text-brand-600">促</span>
          {t("common.appName")}
        </Link>
        <div className="flex items-center gap-3">
          <LocaleSwitcher tone="dark" />
          {shopper ? (
            <Link href="/me" className="max-w-28 truncate text-sm font-medium">
              {shopper.name}
            </Link>
          ) : (
            <Link href="/login" className="rounded-full bg-white/15 px-3 py-1 text-sm font-medium hover:bg-white/25">
              {t("common.signIn")}
            </Link>
          )}
        </div>
      </header>
      <main className="flex-1 px-3 pb-24 pt-4 sm:px-6">{children}</main>
      <BottomNavClient items={[{ href: "/", label: t("nav.home"), icon: "home" }, { href: "/flash-sales", label: t("nav.flashSales"), icon: "flash" }, { href: "/coupons", label: t("nav.coupons"), icon: "coupons" }, { href: "/cart", label: t("nav.cart"), icon: "cart" }, { href: "/me", label: t("nav.me"), icon: "me" }]} />
    </div>
  );
}
