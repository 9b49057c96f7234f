import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { randomUUID } from "node:crypto";
import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getShopperId } from "@/lib/auth/session-actor";
import { groupView } from "@/lib/group-buy/group-view";
import { joinGroupAction } from "@/lib/group-buy/group-actions";
import { formatYuan } from "@/lib/pricing/money";
import { CountdownClient } from "@/components/shop/countdown-client";
import { Notice } from "@/components/ui/notice";

/** A group's share page (拼团): who is in, seats left, time left, join. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shopPageMetadata("groupTitle", `/groups/${id}`);
}

export default async function GroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ error?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const g = await groupView(id, (await getLocale()) as "zh" | "en");
  if (!g) notFound();
  const t = await getTranslations("group");
  const ts = await getTranslations("shop");
  const shopperId = await getShopperId();
  const now = new Date();
  const mine = g.members.find((m) => m.shopperId === shopperId);
  const open = g.status === "OPEN" && g.expiresAt > now;
  const h = await headers();
  const shareUrl = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}/groups/${g.id}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <section className="flex gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <div className="relative h-24 w-24 shrink-0 overflow-hidden rounded-xl bg-slate-100">{g.product.imageUrl && <FillImage src={g.product.imageUrl} alt={g.product.name} />}</div>
        <div className="min-w-0">
          <p className="text-xs text-violet-700">{g.promotion.name}</p>
          <h1 className="line-clamp-2 font-semibold text-slate-900">{g.product.name}</h1>
          <p className="mt-1 tabular-nums">
            <span className="text-xl font-bold text-violet-700">{formatYuan(g.groupPrice)}</span> <s className="text-xs text-ink-muted">{formatYuan(g.listPrice)}</s>
          </p>
        </div>
      </section>
      <section className="rounded-2xl bg-white p-4 text-center shadow-sm ring-1 ring-slate-200" aria-labelledby="seats">
        <h2 id="seats" className="font-semibold text-slate-800" data-testid="group-status">
          {g.status === "COMPLETED" ? (g.virtual ? t("completedVirtual") : t("completed")) : g.status === "FAILED" ? t("failed") : t("seatsLeft", { count: g.size - g.members.length })}
        </h2>
        <ul className="mt-3 flex flex-wrap justify-center gap-3" data-testid="group-members">
          {Array.from({ length: g.size }, (_, i) => g.members[i]).map((m, i) => (
            <li key={i} className={`flex h-12 w-12 flex-col items-center justify-center rounded-full text-xs ${m ? (m.paid ? "bg-violet-600 text-white" : "bg-violet-100 text-violet-800") : "border-2 border-dashed border-slate-300 text-ink-muted"}`}>
              {m ? m.name : "?"}
              {m?.leader && <span className="text-[10px]">{t("leader")}</span>}
            </li>
          ))}
        </ul>
        {open && (
          <p className="mt-3 text-sm text-slate-600">
            <CountdownClient to={g.expiresAt.toISOString()} serverNow={now.getTime()} label={t("endsIn", { time: "{time}" })} doneLabel={t("timeUp")} dayUnit={ts("dayUnit")} />
          </p>
        )}
      </section>
      {sp.error && (
        <Notice tone="error">
          {t.has(`error.${sp.error}`) ? t(`error.${sp.error}`) : sp.error}
        </Notice>
      )}
      {open && !mine && (
        <form action={joinGroupAction}>
          <input type="hidden" name="groupId" value={g.id} />
          <input type="hidden" name="key" value={randomUUID()} />
          <button disabled={!g.leaderPaid} className="w-full rounded-full bg-violet-600 py-3 font-medium text-white hover:bg-violet-700 disabled:bg-slate-300">
            {g.leaderPaid ? t("join", { price: formatYuan(g.groupPrice) }) : t("waitingLeader")}
          </button>
        </form>
      )}
      {mine && !mine.paid && g.status === "OPEN" && (
        <Link href={`/orders/${mine.orderId}/pay`} className="block rounded-full bg-violet-600 py-3 text-center font-medium text-white">
          {t("payToHold")}
        </Link>
      )}
      {open && (
        <section className="rounded-2xl bg-violet-50 p-4 text-sm ring-1 ring-violet-200">
          <label htmlFor="share" className="mb-1 block font-medium text-violet-900">
            {t("share")}
          </label>
          <input id="share" readOnly value={shareUrl} className="w-full rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-violet-200" data-testid="group-share" />
        </section>
      )}
    </div>
  );
}
