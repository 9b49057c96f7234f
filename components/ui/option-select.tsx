/** A <select> over id/label options with an optional empty first choice. */
export function OptionSelect({ options, empty, className, ...rest }: Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "children"> & { options: { id: string; label: string }[]; empty?: string }) {
  return (
    <select className={className} {...rest}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
