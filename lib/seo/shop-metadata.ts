import { getLocale, getTranslations } from "next-intl/server";
import { pageMetadata } from "./page-metadata";

/** Metadata of a shop page titled by a `seo.*` message, in the page's language. */
export async function shopPageMetadata(titleKey: string, path: string, description?: string) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("seo")]);
  return pageMetadata({ title: t(titleKey), description: description ?? t("siteDescription"), path, locale });
}
