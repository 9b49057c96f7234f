// POST /api/admin/categories – add a category to the platform-wide tree
import { staffRoute, json } from "@/lib/api/handler";
import { createCategoryBodySchema } from "@/lib/catalogue/category-schemas";
import { createCategory } from "@/lib/catalogue/create-category";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createCategoryBodySchema }, async ({ actor, body }) =>
  json(await createCategory(actor, body), 201),
);
