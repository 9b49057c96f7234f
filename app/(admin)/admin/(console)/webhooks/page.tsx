import { randomUUID } from "node:crypto";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listWebhooks } from "@/lib/webhooks/webhook-subscriptions";
import { listDeliveries } from "@/lib/webhooks/webhook-log";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/webhook-events";
import { webhookAction } from "@/lib/webhooks/webhook-actions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { WebhookFormClient } from "@/components/admin/webhooks/webhook-form-client";
import { WebhookRotateClient } from "@/components/admin/webhooks/webhook-rotate-client";

/** Webhooks to the host shop: subscriptions, the delivery log with replay, and the docs' pointer. */
export const generateMetadata = () => adminMetadata("nav.webhooks");

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ error?: string; done?: string }> }) {
  const sp = await searchParams;
  const { actor } = await getAdminContext();
  if (actor.role !== "ADMIN") notFound();
  const t = await getTranslations("webhooks");
  const format = await getFormatter();
  const [subs, log] = await Promise.all([listWebhooks(actor), listDeliveries(actor, { take: 50 })]);
  const button = "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50";
  const tone = { PENDING: "amber", DELIVERED: "green", FAILED: "red" } as const;
  const now = new Date();
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {sp.error && <Notice tone="error">{t("error", { code: sp.error })}</Notice>}
      {sp.done && <Notice tone="success">{t(`done.${sp.done}`)}</Notice>}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="subs" className="space-y-3">
          <h2 id="subs" className="font-semibold text-slate-800">{t("subscriptions")}</h2>
          {!subs.length && <p className="text-sm text-slate-600">{t("noSubs")}</p>}
          {subs.map((s) => {
            // the previous secret still signs: shown, and rotating again asks first
            const overlapUntil = s.previousSecretUntil && new Date(s.previousSecretUntil) > now ? new Date(s.previousSecretUntil) : null;
            return (
              <Card key={s.id} className="space-y-2 p-4" data-testid="webhook-sub">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={s.active ? "green" : "gray"}>{s.active ? t("active") : t("paused")}</Badge>
                  <code className="break-all">{s.url}</code>
                </p>
                <p className="text-xs text-slate-600">{s.events.join(" · ")}{s.description && ` — ${s.description}`}</p>
                {overlapUntil && (
                  <p className="text-xs text-amber-800" data-testid="webhook-previous-until">{t("previousUntil", { time: format.dateTime(overlapUntil, { dateStyle: "short", timeStyle: "short" }) })}</p>
                )}
                <form action={webhookAction} className="flex flex-wrap gap-2">
                  <input type="hidden" name="id" value={s.id} />
                  <button name="op" value="ping" className={button}>{t("ping")}</button>
                  <button name="op" value={s.active ? "pause" : "resume"} className={button}>{s.active ? t("pause") : t("resume")}</button>
                  <button name="op" value="delete" className={`${button} text-rose-700`}>{t("delete")}</button>
                </form>
                <WebhookRotateClient id={s.id} initialKey={randomUUID()} inOverlap={overlapUntil !== null} labels={{ rotate: t("rotate"), rotated: t("rotated"), secretOnce: t("secretOnce"), confirmAgain: t("rotateAgainConfirm") }} />
              </Card>
            );
          })}
        </section>
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-800">{t("new")}</h2>
          <WebhookFormClient events={[...WEBHOOK_EVENTS, "*"]} labels={{ url: t("url"), events: t("events"), description: t("description"), create: t("create"), secretOnce: t("secretOnce"), created: t("created") }} />
          <p className="mt-4 text-xs text-slate-600">{t("docs")}</p>
        </Card>
      </div>
      <section aria-labelledby="log" className="mt-8">
        <h2 id="log" className="mb-3 font-semibold text-slate-800">{t("log")}</h2>
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-sm" data-testid="webhook-log">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>{[t("event"), t("status"), t("attempts"), t("last"), t("when"), ""].map((h, i) => <th key={i} scope="col" className="px-4 py-2 font-medium">{h}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.items.map((d) => (
                <tr key={d.id}>
                  <td className="px-4 py-2"><code>{d.type}</code><span className="block max-w-xs truncate text-xs text-slate-600">{d.url}</span></td>
                  <td className="px-4 py-2"><Badge tone={tone[d.status]}>{t(`deliveryStatus.${d.status}`)}</Badge></td>
                  <td className="px-4 py-2 tabular-nums">{d.attempts}</td>
                  <td className="px-4 py-2 text-xs">{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : "—")}</td>
                  <td className="px-4 py-2 text-xs">{format.dateTime(new Date(d.createdAt), { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="px-4 py-2">
                    <form action={webhookAction}>
                      <input type="hidden" name="id" value={d.id} />
                      <button name="op" value="replay" className={button}>{t("replay")}</button>
                    </form>
                  </td>
                </tr>
              ))}
              {!log.items.length && <tr><td colSpan={6} className="px-4 py-6 text-center text-slate-600">{t("noLog")}</td></tr>}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
