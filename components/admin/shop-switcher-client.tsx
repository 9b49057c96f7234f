"use client";
import { useRef } from "react";
import { setAdminShop } from "@/lib/auth/set-admin-shop";
import { ShopPickerClient } from "./shop-picker-client";

/** The header's shop switcher for platform staff: a searchable picker (never a list of every shop). */
export function ShopSwitcherClient({ value, valueLabel, label, allLabel }: { value: string | null; valueLabel: string; label: string; allLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={setAdminShop} className="flex min-w-0 max-w-40 items-center gap-2 text-sm sm:max-w-none">
      <ShopPickerClient name="shopId" value={value ?? ""} valueLabel={valueLabel} emptyLabel={allLabel} label={label} hideLabel onChange={() => setTimeout(() => form.current?.requestSubmit(), 0)} />
      <noscript>
        <button type="submit">OK</button>
      </noscript>
    </form>
  );
}
