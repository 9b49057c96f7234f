import { getFormatter, getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { requireShopperId } from "@/lib/auth/session-actor";
import { listMessages } from "@/lib/deliveries/inbox";
import { EmptyState } from "@/components/ui/empty-state";
import { MarkReadClient } from "@/components/shop/mark-read-client";
import { MessagePreferences } from "@/components/shop/message-preferences";
import { preferencesOf } from "@/lib/deliveries/unsubscribe";

export const generateMetadata = () => shopPageMetadata("messagesTitle", "/me/messages");

export default async function MessagesPage() {
  const shopperId = await requireShopperId("/me/messages");
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const [{ items, unread }, prefs] = await Promise.all([listMessages(shopperId, { take: 50 }), preferencesOf(shopperId)]);
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold text-slate-900">{t("title")}</h1>
      <p className="mb-3 text-sm text-ink-muted">{t("unread", { count: unread })}</p>
      {items.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-3" data-testid="message-list">
          {items.map((m) => (
            <li key={m.id} className={`rounded-2xl bg-white p-4 shadow-sm ring-1 ${m.read ? "ring-slate-200" : "ring-brand-300"}`}>
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-medium text-slate-900">
                  {!m.read && <span className="mr-2 inline-block h-2 w-2 rounded-full bg-brand-600 align-middle" aria-label={t("new")} />}
                  {m.title}
                </h2>
                <time className="shrink-0 text-xs text-ink-muted">{format.dateTime(new Date(m.createdAt), { dateStyle: "short", timeStyle: "short" })}</time>
              </div>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{m.body}</p>
              {m.link && (
                <a href={m.link} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline">
                  {t("open")} →
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <MessagePreferences prefs={prefs} />
      <MarkReadClient ids={items.filter((m) => !m.read).map((m) => m.id)} />
    </>
  );
}
