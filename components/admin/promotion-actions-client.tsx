"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { promotionLifecycleAction, type ActionState } from "@/lib/promotions/promotion-actions";
import type { LifecycleAction } from "@/lib/promotions/promotion-lifecycle";
import { OverlapList } from "./overlap-list";

const style: Record<LifecycleAction, string> = {
  submit: "bg-brand-600 text-white hover:bg-brand-700",
  approve: "bg-emerald-700 text-white hover:bg-emerald-700",
  reject: "bg-white text-rose-700 ring-1 ring-rose-300 hover:bg-rose-50",
  terminate: "bg-white text-rose-700 ring-1 ring-rose-300 hover:bg-rose-50",
};

function ActionForm({ id, action }: { id: string; action: LifecycleAction }) {
  const t = useTranslations("promo");
  const to = useTranslations("overlap");
  const te = useTranslations("errors");
  const [state, run, pending] = useActionState<ActionState, FormData>(promotionLifecycleAction.bind(null, id, action), null);
  const [open, setOpen] = useState(false);
  const needsReason = action === "reject" || action === "terminate";
  if (needsReason && !open)
    return (
      <button type="button" onClick={() => setOpen(true)} className={`rounded-lg px-4 py-2 text-sm font-medium ${style[action]}`}>
        {t(`action.${action}`)}
      </button>
    );
  return (
    <form action={run} className="flex flex-wrap items-start gap-2">
      {needsReason && (
        <div>
          <label className="sr-only" htmlFor={`reason-${action}`}>
            {t("reason")}
          </label>
          <input id={`reason-${action}`} name="reason" placeholder={t("reason")} autoFocus aria-invalid={Boolean(state?.fields?.reason)} className="w-56 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500" />
          {state?.fields?.reason && <p className="mt-1 text-xs text-rose-700">{t("reasonRequired")}</p>}
        </div>
      )}
      <button type="submit" disabled={pending} className={`rounded-lg px-4 py-2 text-sm font-medium disabled:opacity-50 ${style[action]}`}>
        {t(`action.${action}`)}
      </button>
      {state?.code === "OVERLAP_WARNING" && (
        <div role="alert" className="w-full rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          <p>{to("warning")}</p>
          <OverlapList overlaps={state.overlaps ?? []} />
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input type="checkbox" name="acknowledgeOverlaps" value="1" /> {to("acknowledgeSubmit")}
          </label>
        </div>
      )}
      {state?.code && state.code !== "OVERLAP_WARNING" && !state.fields && (
        <p role="alert" className="w-full text-sm text-rose-700">
          {te(state.code)}
        </p>
      )}
    </form>
  );
}

export function PromotionActionsClient({ id, actions }: { id: string; actions: LifecycleAction[] }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {actions.map((a) => (
        <ActionForm key={a} id={id} action={a} />
      ))}
    </div>
  );
}
