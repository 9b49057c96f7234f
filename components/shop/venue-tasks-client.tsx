"use client";
import { useEffect, useState } from "react";
import { useShopper } from "./shopper-context-client";

const report = (kind: string, promotionId: string) =>
  fetch("/api/me/task-events", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind, promotionId }) }).catch(() => undefined);

/**
 * The task centre's eyes on a venue (rendered the same for everyone, so it reports from the
 * browser): the view starts when the page opens and counts after 10 s on it; the share button
 * shares (or copies) the link and reports the share. Only a signed-in shopper reports (a visitor
 * has no task centre; asking would only log a 401 in the console).
 */
export function VenueTasksClient({ promotionId, labels }: { promotionId: string; labels: { share: string; shared: string } }) {
  const [shared, setShared] = useState(false);
  const { signedIn } = useShopper();
  useEffect(() => {
    if (!signedIn) return;
    void report("VIEW_START", promotionId);
    const timer = setTimeout(() => void report("VIEW", promotionId), 10_500);
    return () => clearTimeout(timer);
  }, [promotionId, signedIn]);
  async function share() {
    const url = window.location.href.split("?")[0];
    try {
      if (navigator.share) await navigator.share({ url, title: document.title });
      else await navigator.clipboard?.writeText(url);
    } catch {
      return; // the shopper closed the share sheet
    }
    if (signedIn) await report("SHARE", promotionId);
    setShared(true);
  }
  return (
    <button type="button" onClick={share} className="min-h-11 rounded-full bg-white px-4 text-sm font-semibold text-rose-700 shadow-sm hover:bg-rose-50">
      <span role="status">{shared ? labels.shared : labels.share}</span>
    </button>
  );
}
