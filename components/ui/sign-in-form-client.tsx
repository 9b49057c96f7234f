"use client";
import { useRef, useState } from "react";

type Labels = { email: string; password: string; submit: string; failed: string; rateLimited: string; unavailable: string };

/**
 * A real form: it posts to POST /api/auth/sign-in/{provider} and works before (or without) the
 * scripts — the password never lands in a URL. With scripts, the same post goes through fetch so
 * the error shows in place and focus moves to it.
 */
export function SignInFormClient({ provider, callbackUrl, labels, initialError }: { provider: "staff" | "shopper"; callbackUrl: string; labels: Labels; initialError?: string | null }) {
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const action = `/api/auth/sign-in/${provider}`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(action, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), callbackUrl }),
      });
      const body = await res.json().catch(() => null);
      if (res.ok && body?.url) return window.location.assign(body.url);
      setError(res.status === 429 ? `${labels.rateLimited} ${body?.error?.message ?? ""}`.trim() : res.status === 503 ? labels.unavailable : labels.failed);
    } catch {
      setError(labels.unavailable);
    }
    setBusy(false);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  const input = "mt-1 block w-full rounded-lg border-0 px-3 py-2.5 text-slate-900 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500";
  return (
    <form action={action} method="post" onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="block text-sm font-medium text-slate-700">
        {labels.email}
        <input name="email" type="email" autoComplete="username" required className={input} aria-invalid={Boolean(error)} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required className={input} aria-invalid={Boolean(error)} />
      </label>
      {error && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="min-h-11 w-full rounded-lg bg-brand-600 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
