import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateCategoryBody } from "./category-schemas";

/** Categories form one platform-wide tree, so only platform staff change it. */
export async function createCategory(actor: StaffActor, body: CreateCategoryBody) {
  if (actor.shopId) throw forbidden("Categories are platform-wide; only platform staff create them");
  return db.$transaction(async (tx) => {
    let parentPath = "/";
    if (body.parentId) {
      const parent = await tx.category.findUnique({ where: { id: body.parentId } });
      if (!parent) throw invalidField("parentId", "no such category");
      parentPath = parent.path;
    }
    const id = randomUUID();
    const category = await tx.category.create({
      data: { id, name: body.name, nameEn: body.nameEn, parentId: body.parentId ?? null, path: `${parentPath}${id}/`, sortOrder: body.sortOrder ?? 0 },
    });
    await recordAudit(tx, actor, { action: "create", entity: "category", entityId: id, shopId: null, after: category });
    return { id: category.id, name: category.name, nameEn: category.nameEn, parentId: category.parentId };
  });
}
