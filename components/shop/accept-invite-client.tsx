"use client";
import { useActionState } from "react";
import { acceptInvitationAction, type AcceptState } from "@/lib/invites/invite-actions";

/** 接受邀请: one button; the server answers accepted, or why not (own link, ordered before, another inviter). */
export function AcceptInviteClient({ code, labels }: { code: string; labels: { accept: string; accepted: string; failed: string } }) {
  const t = (k: keyof typeof labels) => labels[k];
  const [state, action, pending] = useActionState<AcceptState, FormData>(acceptInvitationAction, null);
  if (state?.ok) return <p role="status" className="text-sm font-medium text-emerald-700">{t("accepted")}</p>;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      <button disabled={pending} className="min-h-11 w-full rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50">{t("accept")}</button>
      {state && !state.ok && <p role="alert" className="text-sm text-rose-700">{state.code === "VALIDATION_FAILED" || state.code === "INVALID_STATE" ? state.message : t("failed")}</p>}
    </form>
  );
}
