import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "./locales";
import { LOCALE_HEADER } from "./routing";
import { kindLabels } from "@/lib/pricing/kinds";

// Language: shop pages take it from their URL (proxy.ts passes it in a header it sets itself);
// the admin console and route handlers from the remembered choice (cookie), else Accept-Language.
export default getRequestConfig(async () => {
  const h = await headers();
  const fromUrl = h.get(LOCALE_HEADER);
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromUrl) ? fromUrl : isLocale(chosen) ? chosen : localeFromAcceptLanguage(h.get("accept-language"));
  return {
    locale,
    timeZone: "Asia/Shanghai",
    // the promotion kinds' names live with the kinds (lib/pricing/kinds)
    messages: { ...(await import(`../../messages/${locale}.json`)).default, promoType: kindLabels(locale) },
  };
});
