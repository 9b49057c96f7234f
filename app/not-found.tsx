import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-6xl font-bold text-ink-muted">404</p>
      <h1 className="text-xl font-semibold text-slate-900">{t("notFound")}</h1>
      <ButtonLink href="/">{t("goShop")}</ButtonLink>
    </main>
  );
}
