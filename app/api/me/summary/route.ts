// GET /api/me/summary – who is signed in (shopper name, unread messages) for the cached shop pages' header; visitors get {signedIn: false}
import { publicRoute } from "@/lib/api/handler";
import { unreadCount } from "@/lib/deliveries/inbox";

export const GET = publicRoute({ summary: "The signed-in shopper's name and unread inbox messages for page headers (visitors: signedIn false)" }, async ({ actor }) =>
  actor?.kind === "shopper" ? { signedIn: true, name: actor.name, unread: await unreadCount(actor.id) } : { signedIn: false, name: null, unread: 0 },
);
