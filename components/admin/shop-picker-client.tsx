"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";

type Shop = { id: string; name: string; timeZone?: string };

/**
 * A searchable shop picker (ARIA combobox): type part of a name, pick with the mouse or the arrow
 * keys and Enter. Shops are searched on the server (`GET /api/admin/shops?q=`, 20 at a time), so
 * the page never carries a list of every shop of the platform. `emptyLabel` is the choice of no
 * shop (all shops / platform-wide). Without scripts the hidden field keeps its value.
 */
export function ShopPickerClient({ name, value, valueLabel, emptyLabel, label, onChange, hideLabel = false }: { name?: string; value: string; valueLabel: string; emptyLabel: string; label: string; onChange?: (shop: Shop | null) => void; hideLabel?: boolean }) {
  const t = useTranslations("common");
  const id = useId();
  const [text, setText] = useState(value ? valueLabel : "");
  const [chosen, setChosen] = useState<Shop | null>(value ? { id: value, name: valueLabel } : null);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Shop[]>([]);
  const [active, setActive] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!open) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const q = chosen && text === chosen.name ? "" : text;
      const res = await fetch(`/api/admin/shops?take=20&q=${encodeURIComponent(q)}`).catch(() => null);
      if (res?.ok) {
        setItems(((await res.json()) as { items: Shop[] }).items);
        setActive(0);
      }
    }, 150);
  }, [text, open, chosen]);

  const options: (Shop | null)[] = [null, ...items];
  const pick = (s: Shop | null) => {
    setChosen(s);
    setText(s?.name ?? "");
    setOpen(false);
    onChange?.(s);
  };
  return (
    <div className="relative">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block text-sm font-medium text-slate-700"}>
        {label}
      </label>
      {name && <input type="hidden" name={name} value={chosen?.id ?? ""} />}
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-opt-${active}` : undefined}
        value={text}
        placeholder={emptyLabel}
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open) {
            e.preventDefault();
            pick(options[active] ?? null);
          } else if (e.key === "Escape") setOpen(false);
        }}
        className="block min-h-11 w-full min-w-0 rounded-lg sm:min-w-48 border-0 bg-white px-3 py-2 text-sm text-slate-800 ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500"
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="absolute z-30 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded-lg bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          {options.map((s, i) => (
            <li
              key={s?.id ?? "none"}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={(chosen?.id ?? null) === (s?.id ?? null)}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
              className={`cursor-pointer px-3 py-2.5 ${i === active ? "bg-brand-50 text-brand-800" : "text-slate-700"}`}
            >
              {s?.name ?? emptyLabel}
            </li>
          ))}
          {items.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-ink-muted">
              {t("noMatch")}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
