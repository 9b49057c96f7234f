"use client";

/** Category multi-select as toggle chips. */
export function CategoryChipsClient({ options, value, onChange }: { options: { id: string; label: string }[]; value: string[]; onChange: (ids: string[]) => void }) {
  return (
    <div className="flex flex-wrap gap-2">
      {options.map((c) => (
        <label key={c.id} className={`cursor-pointer rounded-full px-3 py-1 text-sm ring-1 ${value.includes(c.id) ? "bg-slate-900 text-white ring-slate-900" : "ring-slate-300"}`}>
          <input type="checkbox" className="sr-only" checked={value.includes(c.id)} onChange={() => onChange(value.includes(c.id) ? value.filter((x) => x !== c.id) : [...value, c.id])} />
          {c.label}
        </label>
      ))}
    </div>
  );
}
