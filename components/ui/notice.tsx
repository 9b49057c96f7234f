const tones = {
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  error: "bg-rose-50 text-rose-700 ring-rose-200",
} as const;

/** A page-level message: success is announced politely (status), an error assertively (alert). */
export function Notice({ tone, children, testId }: { tone: keyof typeof tones; children: React.ReactNode; testId?: string }) {
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-xl px-4 py-3 text-sm ring-1 ${tones[tone]}`} data-testid={testId}>
      {children}
    </p>
  );
}
