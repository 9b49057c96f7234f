import { db } from "@/lib/db/client";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import type { StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { AppError, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateProductBody } from "./product-schemas";
import { toProductDto } from "./product-dto";

export async function createProduct(actor: StaffActor, body: CreateProductBody) {
  const shopId = targetShop(actor, body.shopId, false)!;
  const out = await db.$transaction(async (tx) => {
    const shop = await tx.shop.findUnique({ where: { id: shopId } });
    if (!shop) throw invalidField("shopId", "no such shop");
    if (body.categoryId && !(await tx.category.findUnique({ where: { id: body.categoryId } })))
      throw invalidField("categoryId", "no such category");
    const taken = await tx.sku.findMany({ where: { shopId, code: { in: body.skus.map((s) => s.code) } }, select: { code: true } });
    if (taken.length)
      throw new AppError("CONFLICT", `SKU code already used in this shop: ${taken.map((t) => t.code).join(", ")}`);
    const product = await tx.product.create({
      data: {
        shopId,
        name: body.name,
        nameEn: body.nameEn,
        description: body.description ?? "",
        imageUrl: body.imageUrl,
        categoryId: body.categoryId ?? null,
        excludedFromPromotions: body.excludedFromPromotions ?? false,
        skus: {
          create: body.skus.map((s) => ({
            shopId,
            code: s.code,
            name: s.name ?? "",
            price: s.price,
            stock: s.stock,
            floorPrice: s.floorPrice ?? null,
            memberPrices: s.memberPrices ?? {},
            excludedFromPromotions: (body.excludedFromPromotions ?? false) || (s.excludedFromPromotions ?? false),
          })),
        },
      },
      include: { skus: { orderBy: { createdAt: "asc" } } },
    });
    const dto = toProductDto(product);
    await recordAudit(tx, actor, { action: "create", entity: "product", entityId: product.id, shopId, after: dto });
    return dto;
  });
  // read your writes: previews on every instance see it at once
  await bumpPricingVersion();
  return out;
}
