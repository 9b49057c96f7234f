"use client";

/** A row of checkboxes that edits a list of chosen values (member levels, channels, positions). */
export function CheckboxGroupClient({ legend, options, value, onChange }: { legend: string; options: { id: string; label: string }[]; value: string[]; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-3 text-sm">
      <legend className="float-left mr-1 font-medium text-slate-700">{legend}</legend>
      {options.map((o) => (
        <label key={o.id} className="flex items-center gap-1">
          <input type="checkbox" checked={value.includes(o.id)} onChange={() => onChange(value.includes(o.id) ? value.filter((x) => x !== o.id) : [...value, o.id])} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
