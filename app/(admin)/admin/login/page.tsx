import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInFormClient } from "@/components/ui/sign-in-form-client";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { safeCallback } from "@/lib/auth/safe-callback";

export const generateMetadata = () => adminMetadata("auth.staffTitle");

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-900 via-slate-800 to-brand-700 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <span className="flex items-center gap-2 text-white">
            <span className="flex h-9 w-9 items-center justify-center rounded-lg bg-brand-600 font-bold">促</span>
            <span className="text-lg font-semibold">{t("common.adminName")}</span>
          </span>
          <LocaleSwitcher tone="dark" />
        </div>
        <div className="rounded-2xl bg-white p-8 shadow-xl">
          <h1 className="text-xl font-semibold text-slate-900">{t("auth.staffTitle")}</h1>
          <p className="mb-6 mt-1 text-sm text-ink-muted">{t("auth.staffSubtitle")}</p>
          <SignInFormClient
            provider="staff"
            callbackUrl={safeCallback(callbackUrl, "/admin")}
            labels={{ email: t("common.email"), password: t("common.password"), submit: t("common.signIn"), failed: t("auth.failed"), rateLimited: t("auth.rateLimited"), unavailable: t("auth.unavailable") }}
            initialError={error === "rate" ? t("auth.rateLimited") : error === "unavailable" ? t("auth.unavailable") : error ? t("auth.failed") : null}
          />
          <p className="mt-4 text-center text-xs text-ink-muted">{t("auth.demoHint")}</p>
        </div>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="text-slate-300 hover:text-white">
            {t("auth.shopperLink")}
          </Link>
        </p>
      </div>
    </main>
  );
}
