import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function ForbiddenPage() {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-6xl font-bold text-brand-700">403</p>
      <h1 className="text-xl font-semibold text-slate-900">{t("forbiddenTitle")}</h1>
      <p className="max-w-md text-ink-muted">{t("forbiddenBody")}</p>
      <div className="mt-2 flex gap-3">
        <ButtonLink href="/">{t("goShop")}</ButtonLink>
        <ButtonLink href="/admin/login" variant="secondary">
          {t("staffSignIn")}
        </ButtonLink>
      </div>
    </main>
  );
}
