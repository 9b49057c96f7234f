// POST /api/admin/products – create a product with its SKUs; GET – list the actor's products
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createProductBodySchema } from "@/lib/catalogue/product-schemas";
import { createProduct } from "@/lib/catalogue/create-product";
import { listProducts } from "@/lib/catalogue/list-products";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createProductBodySchema }, async ({ actor, body }) =>
  json(await createProduct(actor, body), 201),
);

const listQuerySchema = z.object({ q: z.string().optional(), cursor: z.string().optional(), shopId: z.string().optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: listQuerySchema }, async ({ actor, query }) => listProducts(actor, query));
