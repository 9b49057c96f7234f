"use client";
import { signOut } from "next-auth/react";

export function SignOutButtonClient({ label, callbackUrl, className = "" }: { label: string; callbackUrl: string; className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl })} className={className}>
      {label}
    </button>
  );
}
