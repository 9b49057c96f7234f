import { getTranslations } from "next-intl/server";
import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { requireShopperId } from "@/lib/auth/session-actor";
import { tasksOf } from "@/lib/engagement/tasks";
import { claimTaskAction } from "@/lib/engagement/engagement-actions";
import { oneParam } from "@/lib/http/search-param";
import { SubmitButtonClient } from "@/components/ui/submit-button-client";

export const generateMetadata = () => shopPageMetadata("tasksTitle", "/me/tasks");
const GO: Record<string, string> = { PROFILE: "/me", FIRST_ORDER: "/", VIEW_VENUE: "/", SHARE_VENUE: "/" };

/** 任务中心: each task with its reward and progress; a claim button once it is done. */
export default async function TasksPage({ searchParams }: { searchParams: Promise<{ claimed?: string; error?: string }> }) {
  const shopperId = await requireShopperId("/me/tasks");
  const sp = await searchParams;
  const t = await getTranslations("engage");
  const te = await getTranslations("errors");
  const tasks = await tasksOf(shopperId);
  const claimed = oneParam(sp.claimed, 20);
  const error = oneParam(sp.error, 40);
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold text-slate-900">{t("tasksTitle")}</h1>
      {claimed && <p role="status" className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800">{t("taskClaimed", { points: tasks.find((x) => x.key === claimed)?.points ?? 0 })}</p>}
      {error && <p role="alert" className="mb-3 rounded-lg bg-rose-50 p-3 text-sm text-rose-700">{te.has(error) ? te(error) : error}</p>}
      <ul className="space-y-3" data-testid="tasks">
        {tasks.map((task) => (
          <li key={task.key} className="flex items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div>
              <h2 className="font-medium text-slate-900">{t(`task.${task.key}`)}</h2>
              <p className="text-xs text-ink-muted">+{task.points} · {task.period === "once" ? t("once") : t("daily")} · {task.progress}</p>
            </div>
            {task.claimed ? (
              <span className="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-600">{t("claimed")}</span>
            ) : task.done ? (
              <form action={claimTaskAction}>
                <input type="hidden" name="task" value={task.key} />
                <SubmitButtonClient className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("claim")}</SubmitButtonClient>
              </form>
            ) : (
              <Link href={GO[task.key]} className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-brand-700 ring-1 ring-brand-200">{t("goDo")}</Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
