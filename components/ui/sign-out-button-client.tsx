"use client";
import { signOut } from "next-auth/react";

export function SignOutButtonClient({ label, callbackUrl, className = "" }: { label: string; callbackUrl: string; className?: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        document.cookie = "promo_session=; Max-Age=0; path=/";
        void signOut({ callbackUrl });
      }}
      className={`min-h-11 ${className}`}
    >
      {label}
    </button>
  );
}
