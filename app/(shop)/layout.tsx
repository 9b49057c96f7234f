import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages, SHOP_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { BottomNavClient } from "@/components/shop/bottom-nav-client";
import { ShopperProvider } from "@/components/shop/shopper-context-client";
import { AccountLinkClient } from "@/components/shop/account-link-client";

// The shop's frame is the same for every visitor (nothing here reads the session), so public
// pages can be cached; who is signed in and the cart badge are filled in by the browser.
export default async function ShopLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <NextIntlClientProvider messages={await clientMessages(SHOP_CLIENT_NAMESPACES)}>
    <ShopperProvider>
      <div className="mx-auto flex min-h-screen max-w-5xl flex-col bg-slate-50">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
          {t("common.skipToContent")}
        </a>
        <header className="sticky top-0 z-20 flex h-14 items-center justify-between gap-3 bg-brand-700 px-4 text-white shadow-sm">
          <Link href="/" className="flex min-h-11 items-center gap-2 font-semibold">
            <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-lg bg-white text-sm font-bold text-brand-700">
              促
            </span>
            <span className="sr-only whitespace-nowrap sm:not-sr-only">{t("common.appName")}</span>
          </Link>
          <div className="flex items-center gap-2">
            <Link href="/search" aria-label={t("search.title")} className="flex h-11 w-11 items-center justify-center rounded-full hover:bg-white/10" data-testid="header-search">
              <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                <circle cx="11" cy="11" r="7" />
                <path d="m20 20-3.5-3.5" />
              </svg>
            </Link>
            <LocaleSwitcher tone="dark" />
            <AccountLinkClient signInLabel={t("common.signIn")} unreadLabel={t("inbox.unreadBadge")} />
          </div>
        </header>
        <main id="main" className="flex-1 px-3 pb-28 pt-4 sm:px-6">
          {children}
        </main>
        <BottomNavClient
          label={t("nav.shopNav")}
          items={[
            { href: "/", label: t("nav.home"), icon: "home" },
            { href: "/flash-sales", label: t("nav.flashSales"), icon: "flash" },
            { href: "/coupons", label: t("nav.coupons"), icon: "coupons" },
            { href: "/cart", label: t("nav.cart"), icon: "cart" },
            { href: "/me", label: t("nav.me"), icon: "me" },
          ]}
        />
      </div>
    </ShopperProvider>
    </NextIntlClientProvider>
  );
}
