"use client";
import { useEffect } from "react";

/** Counts one view of a published activity page when it is shown (the HTML may come from a cache). */
export function PageViewBeaconClient({ slug }: { slug: string }) {
  useEffect(() => {
    const url = `/api/pages/${encodeURIComponent(slug)}/views`;
    if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => undefined);
  }, [slug]);
  return null;
}
