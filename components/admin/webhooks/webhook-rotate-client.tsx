"use client";
import { useState } from "react";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Labels = { rotate: string; rotated: string; secretOnce: string; confirmAgain: string };

// a fresh key in the browser (crypto.randomUUID exists only on https and localhost)
const freshKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * 轮换密钥: a new signing secret, shown here once. One idempotency key per rotation (the page's
 * first from the server; a double click, a retried request answer the same secret); a fresh key
 * after it succeeded. Rotating again while the previous secret still signs asks first: it ends
 * that secret at once.
 */
export function WebhookRotateClient({ id, initialKey, inOverlap, labels }: { id: string; initialKey: string; inOverlap: boolean; labels: Labels }) {
  const { submit, note, pending } = useJsonSubmit();
  const [key, setKey] = useState(initialKey);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <div className="w-full">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if ((inOverlap || secret) && !window.confirm(labels.confirmAgain)) return;
          const out = await submit(`/api/admin/webhooks/${id}/rotate-secret`, "POST", { idempotencyKey: key }, labels.rotated);
          if (out?.secret) {
            setSecret(out.secret);
            setKey(freshKey());
          }
        }}
        className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
        data-testid="webhook-rotate"
      >
        {labels.rotate}
      </button>
      {note && !note.ok && <p role="alert" className="mt-2 text-sm text-rose-700">{note.text}</p>}
      {secret && (
        <div role="status" className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          <p>{labels.rotated}</p>
          <p className="mt-1 font-medium">{labels.secretOnce}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs" data-testid="webhook-rotated-secret">{secret}</code>
        </div>
      )}
    </div>
  );
}
