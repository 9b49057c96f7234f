"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { addApiKeyAction, addStaffAction, type StaffFormState } from "@/lib/staff/staff-actions";
import { ShopPickerClient } from "./shop-picker-client";

const ROLES = ["ADMIN", "OPERATOR", "APPROVER", "ANALYST"] as const;
const input = "block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500";

function ShopSelect({ pickShop }: { pickShop: boolean }) {
  const t = useTranslations("staff");
  if (!pickShop) return null;
  return <ShopPickerClient name="shopId" value="" valueLabel="" emptyLabel={t("platform")} label={t("shop")} />;
}

function RoleSelect() {
  const t = useTranslations();
  return (
    <label className="text-sm">
      <span className="font-medium text-slate-700">{t("admin.colRole")}</span>
      <select name="role" className={`mt-1 ${input}`}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function FieldError({ state, name }: { state: StaffFormState; name: string }) {
  const locale = useLocale();
  return state?.fields?.[name] ? <span className="mt-1 block text-xs text-rose-700">{localizeValidation(state.fields[name], locale)}</span> : null;
}

export function AddStaffFormClient({ pickShop }: { pickShop: boolean }) {
  const t = useTranslations("staff");
  const [state, run, pending] = useActionState<StaffFormState, FormData>(addStaffAction, null);
  return (
    <form action={run} className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {(["name", "email", "password"] as const).map((f) => (
        <label key={f} className="text-sm">
          <span className="font-medium text-slate-700">{t(f)}</span>
          <input name={f} type={f === "password" ? "password" : f === "email" ? "email" : "text"} className={`mt-1 ${input}`} />
          <FieldError state={state} name={f} />
        </label>
      ))}
      <RoleSelect />
      <ShopSelect pickShop={pickShop} />
      <div className="flex items-end">
        <button disabled={pending} className="w-full rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {t("addStaff")}
        </button>
      </div>
      {state?.error && !state.fields && <p className="text-sm text-rose-700 sm:col-span-3">{state.error}</p>}
      {state?.ok && <p className="text-sm text-emerald-700 sm:col-span-3">{t("added")}</p>}
    </form>
  );
}

export function AddApiKeyFormClient({ pickShop }: { pickShop: boolean }) {
  const t = useTranslations("staff");
  const [state, run, pending] = useActionState<StaffFormState, FormData>(addApiKeyAction, null);
  return (
    <div className="space-y-3">
      <form action={run} className="grid gap-3 sm:grid-cols-4">
        <label className="text-sm">
          <span className="font-medium text-slate-700">{t("keyName")}</span>
          <input name="name" className={`mt-1 ${input}`} />
          <FieldError state={state} name="name" />
        </label>
        <RoleSelect />
        <ShopSelect pickShop={pickShop} />
        <div className="flex items-end">
          <button disabled={pending} className="w-full rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
            {t("createKey")}
          </button>
        </div>
      </form>
      {state?.key && (
        <div role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{t("keyOnce")}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs" data-testid="new-api-key">
            {state.key}
          </code>
        </div>
      )}
      {state?.error && !state.fields && <p className="text-sm text-rose-700">{state.error}</p>}
    </div>
  );
}
