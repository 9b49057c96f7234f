// POST /api/pages/{slug}/views – the shopper's browser counts one view of a published activity page (the page itself is served from a CDN cache, so the server cannot count renders)
import { publicRoute, json } from "@/lib/api/handler";
import { notFound } from "@/lib/api/errors";
import { livePage, recordPageView } from "@/lib/pages/page-actions";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";

export const POST = publicRoute({ summary: "Count a view of a live activity page (sent by the page itself)" }, async ({ params }) => {
  const now = new Date();
  const page = await livePage(String(params.slug ?? "").slice(0, 60), now);
  if (!page) throw notFound("page");
  await recordPageView(page.id, dayIn(now, PLATFORM_TIME_ZONE));
  return json({ counted: true });
});
