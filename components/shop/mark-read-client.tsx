"use client";
import { useEffect } from "react";

/** Marks the messages on screen read once the inbox is shown (a prefetch of the page reads nothing). */
export function MarkReadClient({ ids }: { ids: string[] }) {
  useEffect(() => {
    if (ids.length) void fetch("/api/me/messages/read", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ids }) }).catch(() => undefined);
  }, [ids]);
  return null;
}
