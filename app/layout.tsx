import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { siteUrl } from "@/lib/seo/page-metadata";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("seo");
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteTitle"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
    applicationName: t("siteName"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#e11d48" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={await clientMessages(["common"])}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
