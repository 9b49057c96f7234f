import { getFormatter, getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { requireShopperId } from "@/lib/auth/session-actor";
import { myInvitations } from "@/lib/invites/invitations";
import { EmptyState } from "@/components/ui/empty-state";
import { CopyLinkClient } from "@/components/shop/copy-link-client";

export const generateMetadata = () => shopPageMetadata("inviteTitle", "/me/invite");

/** 邀请有礼: my link, what a friend's first order earns, my invitations and their state. */
export default async function MyInvitePage() {
  const shopperId = await requireShopperId("/me/invite");
  const t = await getTranslations("invite");
  const format = await getFormatter();
  const mine = await myInvitations(shopperId);
  const p = mine.program;
  return (
    <>
      <section className="rounded-2xl bg-gradient-to-br from-rose-600 to-orange-500 p-5 text-white shadow">
        <h1 className="text-lg font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-white/90">{p.active ? t("rule", { points: p.points, coupon: p.couponTemplateId ? 1 : 0, days: p.holdDays, cap: p.capPerInviter }) : t("closed")}</p>
        <div className="mt-4 rounded-xl bg-white/15 p-3">
          <p className="break-all font-mono text-sm" data-testid="invite-link">{mine.link}</p>
          <CopyLinkClient text={mine.link} label={t("copy")} done={t("copied")} />
        </div>
      </section>
      <h2 className="mb-2 mt-6 text-sm font-semibold text-slate-900">{t("mine", { rewarded: mine.rewarded })}</h2>
      {mine.items.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-2" data-testid="invitations">
          {mine.items.map((i, n) => (
            <li key={n} className="flex items-center justify-between rounded-xl bg-white p-3 text-sm ring-1 ring-slate-200">
              <span>{i.invitee} · <time className="text-ink-muted">{format.dateTime(new Date(i.createdAt), { dateStyle: "short" })}</time></span>
              <span className="text-right">
                <span className="font-medium">{t(`status.${i.status}`)}</span>
                {i.status === "HELD" && i.releaseAt && <span className="block text-xs text-ink-muted">{t("releaseAt", { at: format.dateTime(new Date(i.releaseAt), { dateStyle: "short" }) })}</span>}
                {i.status === "REWARDED" && <span className="block text-xs text-emerald-700">{t("got", { points: i.points, coupon: i.coupon ? 1 : 0 })}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
