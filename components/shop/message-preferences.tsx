import { getTranslations } from "next-intl/server";
import type { MessageChannel } from "@/lib/deliveries/unsubscribe";
import { setPreferenceAction } from "@/lib/deliveries/preference-actions";

/** 消息设置: which channels may send the shopper offers; each a plain form (works before scripts load). */
export async function MessagePreferences({ prefs }: { prefs: Record<MessageChannel, boolean> }) {
  const t = await getTranslations("unsubscribe");
  return (
    <section className="mt-6 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="message-preferences">
      <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("preferences")}</h2>
      <ul className="divide-y divide-slate-100">
        {(Object.keys(prefs) as MessageChannel[]).map((c) => (
          <li key={c} className="flex items-center justify-between py-2 text-sm">
            <span>{t(`channel.${c}`)}</span>
            <form action={setPreferenceAction}>
              <input type="hidden" name="channel" value={c} />
              <input type="hidden" name="on" value={prefs[c] ? "0" : "1"} />
              <button aria-label={`${t(`channel.${c}`)}: ${prefs[c] ? t("turnOff") : t("turnOn")}`} className={`min-h-11 rounded-full px-4 text-xs font-medium ring-1 ${prefs[c] ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-slate-50 text-slate-600 ring-slate-200"}`}>
                {prefs[c] ? t("on") : t("off")}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
