import { getLocale } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";

/** Works without client JavaScript: a form per language posting to a server action. */
export async function LocaleSwitcher({ tone = "light" }: { tone?: "light" | "dark" }) {
  const locale = await getLocale();
  const idle = tone === "dark" ? "text-slate-300 hover:text-white" : "text-slate-500 hover:text-slate-900";
  return (
    <div className="flex items-center gap-1 text-xs" role="group" aria-label="Language / 语言">
      {(["zh", "en"] as const).map((l) => (
        <form key={l} action={setLocale}>
          <input type="hidden" name="locale" value={l} />
          <button
            type="submit"
            aria-pressed={locale === l}
            className={`whitespace-nowrap rounded px-2 py-1 font-medium ${locale === l ? "bg-brand-600 text-white" : idle}`}
          >
            {l === "zh" ? "中文" : "EN"}
          </button>
        </form>
      ))}
    </div>
  );
}
