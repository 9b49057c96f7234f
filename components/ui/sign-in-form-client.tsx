"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";

type Labels = { email: string; password: string; submit: string; failed: string };

export function SignInFormClient({ provider, callbackUrl, labels }: { provider: "staff" | "shopper"; callbackUrl: string; labels: Labels }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const res = await signIn(provider, { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
    if (res?.ok && !res.error) {
      window.location.assign(callbackUrl);
    } else {
      setBusy(false);
      setError(labels.failed);
    }
  }
  const input = "mt-1 block w-full rounded-lg border-0 px-3 py-2.5 text-slate-900 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block text-sm font-medium text-slate-700">
        {labels.email}
        <input name="email" type="email" autoComplete="username" required className={input} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {labels.password}
        <input name="password" type="password" autoComplete="current-password" required className={input} />
      </label>
      {error && (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="w-full rounded-lg bg-brand-600 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
