import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { SignInFormClient } from "@/components/ui/sign-in-form-client";
import { safeCallback } from "@/lib/auth/safe-callback";

export const generateMetadata = () => shopPageMetadata("loginTitle", "/login");

export default async function ShopperLoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations();
  return (
    <div className="mx-auto mt-6 max-w-sm rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold text-slate-900">{t("auth.shopperTitle")}</h1>
      <p className="mb-6 mt-1 text-sm text-ink-muted">{t("auth.shopperSubtitle")}</p>
      <SignInFormClient
        provider="shopper"
        callbackUrl={safeCallback(callbackUrl, "/")}
        labels={{ email: t("common.email"), password: t("common.password"), submit: t("common.signIn"), failed: t("auth.failed"), rateLimited: t("auth.rateLimited"), unavailable: t("auth.unavailable") }}
            initialError={error === "rate" ? t("auth.rateLimited") : error === "unavailable" ? t("auth.unavailable") : error ? t("auth.failed") : null}
      />
      <p className="mt-4 text-center text-xs text-ink-muted">{t("auth.demoHint")}</p>
      <p className="mt-4 text-center text-sm">
        <Link href="/admin/login" className="text-ink-muted hover:text-slate-900">
          {t("auth.staffLink")}
        </Link>
      </p>
    </div>
  );
}
