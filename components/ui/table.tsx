/**
 * A data table. On a narrow screen it scrolls sideways inside its frame, which is focusable (and
 * named by `label`) so keyboard users can scroll it too.
 */
export function Table({ head, children, empty, label }: { head: React.ReactNode[]; children: React.ReactNode; empty?: React.ReactNode; label?: string }) {
  const hasRows = Array.isArray(children) ? children.length > 0 : Boolean(children);
  return (
    <div tabIndex={0} role="region" aria-label={label ?? (typeof head[0] === "string" ? head.filter((h) => typeof h === "string").join(" · ") : undefined)} className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="whitespace-nowrap px-4 py-3 text-left text-xs font-semibold uppercase tracking-wide text-ink-muted">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
      {!hasRows && empty}
    </div>
  );
}

export function Td({ className = "", ...rest }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`whitespace-nowrap px-4 py-3 align-top text-slate-700 ${className}`} {...rest} />;
}
