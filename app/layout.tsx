import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Promo Hub · 促销中心", template: "%s · Promo Hub" },
  description: "Promotions, coupons and checkout pricing for a multi-shop marketplace",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#e11d48" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
