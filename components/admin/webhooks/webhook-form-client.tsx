"use client";
import { useState } from "react";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Labels = { url: string; events: string; description: string; create: string; secretOnce: string; created: string };

/** Subscribe a host system's URL to events; the signing secret is shown here once. */
export function WebhookFormClient({ events, labels }: { events: string[]; labels: Labels }) {
  const { submit, err, note, pending } = useJsonSubmit();
  const [secret, setSecret] = useState<string | null>(null);
  const input = "mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 text-sm";
  return (
    <form
      className="space-y-3"
      data-testid="webhook-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const out = await submit("/api/admin/webhooks", "POST", { url: String(f.get("url") ?? ""), events: f.getAll("events").map(String), description: String(f.get("description") ?? "") || undefined }, labels.created);
        setSecret(out?.secret ?? null);
      }}
    >
      <label className="block text-sm font-medium text-slate-700">
        {labels.url}
        <input name="url" type="url" required placeholder="https://erp.example.com/promo-hooks" className={input} aria-invalid={Boolean(err("url"))} />
        {err("url") && <span className="mt-1 block text-xs text-rose-700">{err("url")}</span>}
      </label>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{labels.events}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {events.map((e) => (
            <label key={e} className="flex items-center gap-1.5 text-sm text-slate-700">
              <input type="checkbox" name="events" value={e} defaultChecked={e.startsWith("order.")} className="h-4 w-4 accent-brand-600" /> <code>{e}</code>
            </label>
          ))}
        </div>
        {err("events") && <span className="mt-1 block text-xs text-rose-700">{err("events")}</span>}
      </fieldset>
      <label className="block text-sm font-medium text-slate-700">
        {labels.description}
        <input name="description" maxLength={200} className={input} />
      </label>
      <button disabled={pending} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">{labels.create}</button>
      {note && <p role="status" className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
      {secret && (
        <div role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-medium">{labels.secretOnce}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs" data-testid="webhook-secret">{secret}</code>
        </div>
      )}
    </form>
  );
}
