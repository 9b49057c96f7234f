"use client";
import { useFormStatus } from "react-dom";

/**
 * A submit button that is disabled while its form is being sent, so a double tap is one request
 * (the idempotency key underneath makes it one order, or one job, anyway).
 */
export function SubmitButtonClient({ children, pendingLabel, disabled, className, name, value }: { children: React.ReactNode; pendingLabel?: string; disabled?: boolean; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={disabled || pending} aria-disabled={disabled || pending} className={className}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
