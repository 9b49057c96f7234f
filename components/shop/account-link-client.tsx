"use client";
import { Link } from "@/lib/i18n/navigation";
import { useShopper } from "./shopper-context-client";

/** The header's sign-in link, or the signed-in shopper's name linking to the member centre. */
export function AccountLinkClient({ signInLabel, unreadLabel }: { signInLabel: string; unreadLabel?: string }) {
  const s = useShopper();
  if (s.signedIn && s.name)
    return (
      <span className="inline-flex items-center gap-1">
        <Link href="/me" className="inline-flex min-h-11 max-w-28 items-center truncate text-sm font-medium">
          {s.name}
        </Link>
        {s.unread > 0 && (
          <Link href="/me/messages" data-testid="unread-badge" aria-label={`${unreadLabel ?? "Unread messages"}: ${s.unread}`} className="inline-flex h-6 min-w-6 items-center justify-center rounded-full bg-white px-1.5 text-xs font-bold text-brand-700">
            {s.unread > 99 ? "99+" : s.unread}
          </Link>
        )}
      </span>
    );
  return (
    <Link href="/login" prefetch={false} className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-medium hover:bg-white/15">
      {signInLabel}
    </Link>
  );
}
