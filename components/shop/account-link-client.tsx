"use client";
import { Link } from "@/lib/i18n/navigation";
import { useShopper } from "./shopper-context-client";

/** The header's sign-in link, or the signed-in shopper's name linking to the member centre. */
export function AccountLinkClient({ signInLabel }: { signInLabel: string }) {
  const s = useShopper();
  if (s.signedIn && s.name)
    return (
      <Link href="/me" className="inline-flex min-h-11 max-w-28 items-center truncate text-sm font-medium">
        {s.name}
      </Link>
    );
  return (
    <Link href="/login" prefetch={false} className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-medium hover:bg-white/15">
      {signInLabel}
    </Link>
  );
}
