import { getTranslations } from "next-intl/server";
import { oneParam } from "@/lib/http/search-param";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { readUnsubscribeToken } from "@/lib/deliveries/signed-links";
import { preferencesOf } from "@/lib/deliveries/unsubscribe";
import { unsubscribeAction } from "@/lib/deliveries/preference-actions";

export const generateMetadata = () => shopPageMetadata("unsubscribeTitle", "/unsubscribe");

/**
 * 退订: the link of an email or text. Opening it changes nothing (link scanners open links); the
 * button does, without signing in — the token is signed for this shopper and channel. Mail
 * clients' one-click (RFC 8058) posts to /api/unsubscribe instead.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const token = oneParam((await searchParams).t) ?? "";
  const t = await getTranslations("unsubscribe");
  const who = readUnsubscribeToken(token);
  const done = who ? !(await preferencesOf(who.shopperId))[who.channel as "EMAIL"] : false;
  return (
    <section className="mx-auto max-w-md rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="mb-2 text-lg font-semibold text-slate-900">{t("title")}</h1>
      {!who ? (
        <p role="alert" className="text-sm text-rose-700">{t("invalid")}</p>
      ) : done ? (
        <p role="status" className="text-sm text-emerald-700">{t("done", { channel: t(`channel.${who.channel}`) })}</p>
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <input type="hidden" name="t" value={token} />
          <p className="text-sm text-slate-700">{t("ask", { channel: t(`channel.${who.channel}`) })}</p>
          <button className="min-h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700">{t("confirm")}</button>
        </form>
      )}
    </section>
  );
}
