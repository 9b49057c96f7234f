"use client";
import { useRef } from "react";
import { setAdminShop } from "@/lib/auth/set-admin-shop";

export function ShopSwitcherClient({ shops, value, label, allLabel }: { shops: { id: string; name: string }[]; value: string | null; label: string; allLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={setAdminShop} className="flex items-center gap-2 text-sm">
      <label htmlFor="shop-switcher" className="text-slate-500">
        {label}
      </label>
      <select
        id="shop-switcher"
        name="shopId"
        defaultValue={value ?? ""}
        onChange={() => form.current?.requestSubmit()}
        className="rounded-lg border-0 bg-slate-100 py-1.5 pl-3 pr-8 text-sm text-slate-800 ring-1 ring-slate-200 focus:ring-2 focus:ring-brand-500"
      >
        <option value="">{allLabel}</option>
        {shops.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">OK</button>
      </noscript>
    </form>
  );
}
