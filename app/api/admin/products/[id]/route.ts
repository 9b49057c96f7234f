// GET /api/admin/products/{id} – one product of the actor's shop (404 for other shops)
import { staffRoute } from "@/lib/api/handler";
import { getProduct } from "@/lib/catalogue/get-product";

export const GET = staffRoute({}, async ({ actor, params }) => getProduct(actor, params.id));
