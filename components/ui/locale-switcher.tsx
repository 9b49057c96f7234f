import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { PATH_HEADER } from "@/lib/i18n/routing";

/** Works without client JavaScript: a form per language posting to a server action. */
export async function LocaleSwitcher({ tone = "light" }: { tone?: "light" | "dark" }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  // a shop page: the switch goes to the same page in the other language
  const path = (await headers()).get(PATH_HEADER) ?? "";
  const idle = tone === "dark" ? "text-white hover:bg-white/15" : "text-slate-700 hover:text-slate-900";
  const active = tone === "dark" ? "bg-white text-brand-800" : "bg-brand-700 text-white";
  return (
    <div className="flex items-center gap-1 text-xs" role="group" aria-label={t("language")}>
      {(["zh", "en"] as const).map((l) => (
        <form key={l} action={setLocale}>
          <input type="hidden" name="locale" value={l} />
          <input type="hidden" name="path" value={path} />
          <button
            type="submit"
            lang={l === "zh" ? "zh-CN" : "en"}
            aria-pressed={locale === l}
            className={`min-h-11 min-w-11 whitespace-nowrap rounded px-2 py-1 font-medium ${locale === l ? active : idle}`}
          >
            {l === "zh" ? "中文" : "EN"}
          </button>
        </form>
      ))}
    </div>
  );
}
