import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import { getAdminContext } from "@/lib/auth/admin-context";
import { AdminNavClient, type NavItem } from "@/components/admin/admin-nav-client";
import { ShopSwitcherClient } from "@/components/admin/shop-switcher-client";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { openAlertCount } from "@/lib/alerts/alert-rules";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { actor, shops, viewShopId, staff } = await getAdminContext();
  const t = await getTranslations();
  const items: NavItem[] = [
    { href: "/admin", label: t("nav.dashboard"), icon: "dashboard" },
    { href: "/admin/promotions", label: t("nav.promotions"), icon: "promotions" },
    { href: "/admin/promotions?status=PENDING_REVIEW", label: t("promo.reviewQueue"), icon: "audit" },
    { href: "/admin/live", label: t("nav.warRoom"), icon: "live" },
    { href: "/admin/alerts", label: t("nav.alerts"), icon: "alerts" },
    { href: "/admin/risk", label: t("nav.risk"), icon: "risk" },
    { href: "/admin/flash-sales", label: t("nav.flashSales"), icon: "flash" },
    { href: "/admin/group-buys", label: t("nav.groupBuys"), icon: "groups" },
    { href: "/admin/coupons", label: t("nav.coupons"), icon: "coupons" },
    { href: "/admin/refunds", label: t("nav.refunds"), icon: "refunds" },
    { href: "/admin/products", label: t("nav.products"), icon: "products" },
    { href: "/admin/shoppers", label: t("nav.shoppers"), icon: "shoppers" },
    { href: "/admin/segments", label: t("nav.segments"), icon: "segments" },
    { href: "/admin/deliveries", label: t("nav.deliveries"), icon: "deliveries" },
    { href: "/admin/automations", label: t("nav.automations"), icon: "automations" },
    { href: "/admin/pages", label: t("nav.pages"), icon: "pages" },
    ...(actor.shopId ? [] : [{ href: "/admin/invites", label: t("nav.invites"), icon: "invites" }, { href: "/admin/members", label: t("nav.members"), icon: "members" }]),
    ...(actor.role === "ADMIN" ? [{ href: "/admin/webhooks", label: t("nav.webhooks"), icon: "webhooks" }] : []),
    { href: "/admin/staff", label: t("nav.staff"), icon: "staff" },
    { href: "/admin/audit", label: t("nav.audit"), icon: "audit" },
  ];
  const ownShop = actor.shopId ? shops[0]?.name : null;
  // the staff's inbox of alerts: what is open in their scope
  const openAlerts = await openAlertCount(actor).catch(() => 0);
  return (
    <NextIntlClientProvider messages={await getMessages()}>
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col bg-slate-900 px-4 py-5 md:flex">
        <Link href="/admin" className="mb-8 flex items-center gap-2 px-2">
          <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-sm font-bold text-white">促</span>
          <span className="font-semibold text-white">{t("common.adminName")}</span>
        </Link>
        <AdminNavClient label={t("nav.adminNav")} items={items} />
        <div className="mt-auto px-2 pt-6 text-xs text-slate-300">{actor.shopId ? t("admin.scopeShop", { shop: ownShop ?? "" }) : t("admin.scopePlatform")}</div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center justify-between gap-2 border-b border-slate-200 bg-white/90 px-4 backdrop-blur md:px-8">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/admin" aria-label={t("common.adminName")} className="flex h-8 w-8 shrink-0 items-center justify-center rounded-lg bg-brand-600 text-sm font-bold text-white md:hidden">
              促
            </Link>
            {actor.shopId ? (
              <span className="truncate text-sm text-slate-600">{ownShop}</span>
            ) : (
              <ShopSwitcherClient value={viewShopId} valueLabel={shops.find((s) => s.id === viewShopId)?.name ?? ""} label={t("nav.shopSwitcher")} allLabel={t("nav.allShops")} />
            )}
          </div>
          <div className="flex shrink-0 items-center gap-2 sm:gap-4">
            {openAlerts > 0 && (
              <Link href="/admin/alerts" className="rounded-full bg-rose-600 px-2.5 py-1 text-xs font-semibold text-white" data-testid="alert-bell">
                {t("alerts.bell", { count: openAlerts })}
              </Link>
            )}
            <LocaleSwitcher />
            <div className="hidden text-right sm:block" data-testid="user-menu">
              <p className="text-sm font-medium text-slate-800">{staff?.name}</p>
              <p className="text-xs text-ink-muted">{staff?.email}</p>
            </div>
            <span className="hidden sm:inline">
              <Badge tone="violet">{t(`roles.${actor.role}`)}</Badge>
            </span>
            <SignOutButton label={t("common.signOut")} callbackUrl="/admin/login" className="whitespace-nowrap text-sm text-ink-muted hover:text-slate-900" />
          </div>
        </header>
        <nav aria-label={t("nav.adminNavMobile")} className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-white px-2 py-2 md:hidden">
          {items.map((i) => (
            <Link key={i.href} href={i.href} className="whitespace-nowrap rounded-md px-3 py-1 text-sm text-slate-600 hover:bg-slate-100">
              {i.label}
            </Link>
          ))}
        </nav>
        <main className="mx-auto w-full min-w-0 max-w-7xl flex-1 px-4 py-8 [overflow-wrap:anywhere] md:px-8">{children}</main>
      </div>
    </div>
    </NextIntlClientProvider>
  );
}
