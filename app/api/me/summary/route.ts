// GET /api/me/summary – who is signed in (shopper name) for the cached shop pages' header; visitors get {signedIn: false}
import { publicRoute } from "@/lib/api/handler";

export const GET = publicRoute({ summary: "The signed-in shopper's name for page headers (visitors: signedIn false)" }, async ({ actor }) =>
  actor?.kind === "shopper" ? { signedIn: true, name: actor.name } : { signedIn: false, name: null },
);
