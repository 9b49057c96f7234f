"use client";
import { useState } from "react";

/** Copies a link to the clipboard (the share sheet of 邀请有礼). */
export function CopyLinkClient({ text, label, done }: { text: string; label: string; done: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setCopied(true);
      }}
      className="mt-2 min-h-11 rounded-lg bg-white px-4 text-sm font-semibold text-rose-700"
    >
      <span role="status">{copied ? done : label}</span>
    </button>
  );
}
