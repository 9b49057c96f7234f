import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** An admin page's title in the console's language ("Promotions · Merchant console"); never indexed. */
export async function adminMetadata(key: string): Promise<Metadata> {
  const t = await getTranslations();
  return { title: { absolute: `${t(key)} · ${t("seo.adminTitle")}` }, robots: { index: false, follow: false } };
}
