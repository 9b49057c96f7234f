"use client";
import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";
import { useIntent } from "@/components/ui/use-intent-client";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { COND_TYPES, newCond, newGroup, toRules, type CondForm, type GroupForm } from "./segment-model";

type Option = { id: string; label: string };
type Preview = { size: number; sample: { id: string; name: string }[]; rows?: number; unknownRows?: { row: number; value: string }[] };
type Refs = { templates: Option[]; promotions: Option[] };
type Errors = Record<string, string>;

async function post(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { ok: res.ok, out: await res.json().catch(() => ({})) };
}

function CondEditor({ c, path, set, refs, err }: { c: CondForm; path: string; set: (c: CondForm) => void; refs: Refs; err: (p: string) => string | undefined }) {
  const t = useTranslations("segments");
  const days = <Field label={t("days")} error={err(`${path}.days`)}><input aria-label={t("days")} value={c.days} onChange={(e) => set({ ...c, days: e.target.value })} className={inputClass} inputMode="numeric" /></Field>;
  const listField = (key: string) => <Field label={t(`list.${c.type}`)} error={err(`${path}.${key}`)}><input aria-label={t(`list.${c.type}`)} value={c.list} onChange={(e) => set({ ...c, list: e.target.value })} className={inputClass} placeholder={t(`placeholder.${c.type}`)} /></Field>;
  return (
    <div className="grid flex-1 gap-2 sm:grid-cols-3">
      <Field label={t("condition")} error={err(path)}>
        <select aria-label={t("condition")} value={c.type} onChange={(e) => set(newCond(e.target.value as CondForm["type"]))} className={inputClass}>
          {COND_TYPES.map((x) => <option key={x} value={x}>{t(`type.${x}`)}</option>)}
        </select>
      </Field>
      {c.type === "SILENT" && days}
      {c.type === "HIGH_VALUE" && (
        <>
          <Field label={t("minSpent")} error={err(`${path}.minSpent`)}><input aria-label={t("minSpent")} value={c.minSpent} onChange={(e) => set({ ...c, minSpent: e.target.value })} className={inputClass} inputMode="decimal" /></Field>
          {days}
        </>
      )}
      {c.type === "MEMBER_LEVEL" && listField("levels")}
      {c.type === "REGION" && listField("regions")}
      {c.type === "TAG" && listField("tags")}
      {c.type === "BIRTHDAY_MONTH" && listField("months")}
      {c.type === "COUPON" && (
        <>
          <Field label={t("template")} error={err(`${path}.templateId`)}><OptionSelect value={c.refId} onChange={(e) => set({ ...c, refId: e.target.value })} className={inputClass} options={refs.templates} empty="—" /></Field>
          <label className="flex items-center gap-2 pt-6 text-sm"><input type="checkbox" checked={c.used} onChange={(e) => set({ ...c, used: e.target.checked })} /> {t("usedOnly")}</label>
        </>
      )}
      {c.type === "VIEWED_NO_ORDER" && (
        <>
          <Field label={t("promotion")} error={err(`${path}.promotionId`)}><OptionSelect value={c.refId} onChange={(e) => set({ ...c, refId: e.target.value })} className={inputClass} options={refs.promotions} empty="—" /></Field>
          {days}
        </>
      )}
    </div>
  );
}

function GroupEditor({ g, path, set, refs, err, depth }: { g: GroupForm; path: string; set: (g: GroupForm) => void; refs: Refs; err: (p: string) => string | undefined; depth: number }) {
  const t = useTranslations("segments");
  const put = (i: number, x: CondForm | GroupForm) => set({ ...g, items: g.items.map((y, k) => (k === i ? x : y)) });
  return (
    <fieldset className={`space-y-2 rounded-xl p-3 ${depth ? "bg-slate-50 ring-1 ring-slate-200" : ""}`} aria-label={t("group")}>
      <div className="flex items-center gap-2 text-sm">
        <span className="text-ink-muted">{t("match")}</span>
        <select aria-label={t("match")} value={g.op} onChange={(e) => set({ ...g, op: e.target.value as GroupForm["op"] })} className="rounded-lg border-0 px-2 py-1 text-sm ring-1 ring-slate-300">
          <option value="AND">{t("all")}</option>
          <option value="OR">{t("any")}</option>
        </select>
      </div>
      {err(`${path}.conditions`) && <p className="text-xs text-rose-700">{err(`${path}.conditions`)}</p>}
      {g.items.map((x, i) => (
        <div key={i} className="flex items-start gap-2">
          {x.kind === "group" ? <div className="flex-1"><GroupEditor g={x} path={`${path}.conditions.${i}`} set={(y) => put(i, y)} refs={refs} err={err} depth={depth + 1} /></div> : <CondEditor c={x} path={`${path}.conditions.${i}`} set={(y) => put(i, y)} refs={refs} err={err} />}
          <button type="button" disabled={g.items.length === 1} onClick={() => set({ ...g, items: g.items.filter((_, k) => k !== i) })} className="mt-6 rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-white disabled:opacity-30">{t("remove")}</button>
        </div>
      ))}
      <div className="flex gap-4">
        <button type="button" onClick={() => set({ ...g, items: [...g.items, newCond()] })} className="text-sm font-medium text-brand-700 hover:underline">+ {t("addCondition")}</button>
        {depth < 2 && <button type="button" onClick={() => set({ ...g, items: [...g.items, newGroup(g.op === "AND" ? "OR" : "AND")] })} className="text-sm font-medium text-brand-700 hover:underline">+ {t("addGroup")}</button>}
      </div>
    </fieldset>
  );
}

/**
 * 人群 builder: rules (AND/OR groups) with the size and a sample computed by the server as they
 * change, or a CSV of external ids / emails whose unknown rows are listed before saving.
 */
export function SegmentBuilderClient({ refs }: { refs: Refs }) {
  const t = useTranslations("segments");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [name, setName] = useState("");
  const [mode, setMode] = useState<"rules" | "csv">("rules");
  const [group, setGroupState] = useState<GroupForm>(newGroup());
  // the live size starts once the operator has changed something: an untouched builder shows no errors
  const [touched, setTouched] = useState(false);
  const setGroup = (g: GroupForm) => {
    setTouched(true);
    setGroupState(g);
  };
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useIntent();
  const seq = useRef(0);
  const source = () => (mode === "rules" ? { rules: toRules(group) } : { csv });
  const err = (p: string) => (errors[p] ? localizeValidation(errors[p], locale) : undefined);

  // the size as the rules change (debounced); the latest answer wins
  useEffect(() => {
    if (mode !== "rules" || !touched) return;
    const n = ++seq.current;
    const timer = setTimeout(async () => {
      const { ok, out } = await post("/api/admin/segments/preview", { rules: toRules(group) }).catch(() => ({ ok: false, out: {} }));
      if (n !== seq.current) return;
      setPreview(ok ? out : null);
      setErrors(ok ? {} : (out.error?.fields ?? {}));
    }, 400);
    return () => clearTimeout(timer);
  }, [group, mode, touched]);

  async function checkCsv() {
    const { ok, out } = await post("/api/admin/segments/preview", { csv });
    setPreview(ok ? out : null);
    setErrors(ok ? {} : (out.error?.fields ?? {}));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await save.run(async () => {
      try {
        const { ok, out } = await post("/api/admin/segments", { name, ...source() });
        if (!ok) {
          setErrors(out.error?.fields ?? {});
          setMessage(apiErrorText(te, out.error, locale));
          return { ok: false };
        }
        router.push(`/admin/segments/${out.segment.id}`);
        return { ok: true };
      } catch {
        setMessage(errorText(te, "UNAVAILABLE"));
        return { ok: false };
      }
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <Field label={t("name")} error={err("name")}><input aria-label={t("name")} value={name} onChange={(e) => setName(e.target.value)} className={inputClass} required maxLength={80} /></Field>
        <div role="tablist" aria-label={t("source")} className="flex gap-2">
          {(["rules", "csv"] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={mode === m} onClick={() => { setMode(m); setPreview(null); setErrors({}); }} className={`rounded-lg px-3 py-2 text-sm font-medium ${mode === m ? "bg-slate-900 text-white" : "bg-slate-100 text-slate-700"}`}>{t(`mode.${m}`)}</button>
          ))}
        </div>
        {mode === "rules" ? (
          <GroupEditor g={group} path="rules" set={setGroup} refs={refs} err={err} depth={0} />
        ) : (
          <div className="space-y-2">
            <Field label={t("csvLabel")} error={err("csv")}>
              <textarea value={csv} onChange={(e) => setCsv(e.target.value)} rows={8} className={inputClass} placeholder={"externalId\nu-1001\nalice@example.com"} />
            </Field>
            <input type="file" accept=".csv,text/csv,text/plain" aria-label={t("csvFile")} onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? "")} className="text-sm" />
            {Object.entries(errors).filter(([k]) => k.startsWith("csv.")).map(([k, v]) => <p key={k} className="text-xs text-rose-700">{t("row", { n: k.slice(4) })}: {localizeValidation(v, locale)}</p>)}
            <button type="button" onClick={checkCsv} className="rounded-lg bg-slate-100 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-200">{t("check")}</button>
          </div>
        )}
        {message && <p role="alert" className="text-sm text-rose-700">{message}</p>}
        <button disabled={save.pending} className="min-h-11 rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50">{t("save")}</button>
      </div>
      <aside aria-live="polite" className="h-fit space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-sm font-semibold text-slate-900">{t("preview")}</h2>
        {preview ? (
          <>
            <p className="text-3xl font-bold tabular-nums text-slate-900">{preview.size.toLocaleString(locale)}</p>
            <p className="text-xs text-ink-muted">{t("shoppers")}</p>
            {preview.unknownRows && <p className="text-sm text-amber-800">{t("unknownRows", { n: preview.unknownRows.length, rows: preview.rows ?? 0 })}</p>}
            {preview.unknownRows?.slice(0, 20).map((r) => <p key={r.row} className="text-xs text-ink-muted">{t("row", { n: r.row })}: {r.value}</p>)}
            <ul className="divide-y divide-slate-100 text-sm">{preview.sample.map((s) => <li key={s.id} className="py-1.5">{s.name}</li>)}</ul>
          </>
        ) : (
          <p className="text-sm text-ink-muted">{t("noPreview")}</p>
        )}
      </aside>
    </form>
  );
}
