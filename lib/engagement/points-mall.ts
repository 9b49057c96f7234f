import { z } from "zod";
import { wholeNumber } from "@/lib/validation/numbers";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError, forbidden, invalidField, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { addPoints } from "@/lib/members/points-ledger";
import { isUniqueViolation } from "@/lib/jobs/job-once";

// 积分商城 (SPEC §10): a platform coupon or goods for points, with stock and a per-shopper limit.


export const pointsProductBodySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
    nameEn: z.string().trim().max(80).optional(),
    kind: z.enum(["COUPON", "GOODS"], { error: "COUPON or GOODS" }),
    couponTemplateId: z.string().trim().min(1).max(100).optional(),
    skuId: z.string().trim().min(1).max(100).optional(),
    pointsCost: wholeNumber(1, 10_000_000),
    stock: wholeNumber(1, 10_000_000),
    perUserLimit: wholeNumber(1, 1_000),
  })
  .superRefine((b, ctx) => {
    if (b.kind === "COUPON" && !b.couponTemplateId) ctx.addIssue({ code: "custom", path: ["couponTemplateId"], message: "a coupon product names its coupon template" });
    if (b.kind === "GOODS" && !b.skuId) ctx.addIssue({ code: "custom", path: ["skuId"], message: "a goods product names its SKU" });
  });
export type PointsProductBody = z.infer<typeof pointsProductBodySchema>;

export async function createPointsProduct(actor: StaffActor, body: PointsProductBody) {
  if (actor.shopId) throw forbidden("The points mall is the platform's");
  if (body.couponTemplateId) {
    const t = await db.couponTemplate.findUnique({ where: { id: body.couponTemplateId }, select: { shopId: true, totalQuantity: true, issuedCount: true } });
    if (!t || t.shopId !== null) throw invalidField("couponTemplateId", "no such platform coupon template");
    if (t.totalQuantity - t.issuedCount < body.stock) throw invalidField("stock", `the template has ${t.totalQuantity - t.issuedCount} coupons left`);
  }
  if (body.skuId && !(await db.sku.findUnique({ where: { id: body.skuId }, select: { id: true } }))) throw invalidField("skuId", "no such SKU");
  return db.$transaction(async (tx) => {
    const p = await tx.pointsProduct.create({ data: { name: body.name, nameEn: body.nameEn ?? null, kind: body.kind, couponTemplateId: body.kind === "COUPON" ? body.couponTemplateId! : null, skuId: body.kind === "GOODS" ? body.skuId! : null, pointsCost: body.pointsCost, stock: body.stock, perUserLimit: body.perUserLimit, createdBy: actor.id } });
    await recordAudit(tx, actor, { action: "points-mall.create", entity: "points-product", entityId: p.id, shopId: null, after: p });
    return p;
  });
}

export async function setPointsProductActive(actor: StaffActor, id: string, active: boolean) {
  if (actor.shopId) throw forbidden("The points mall is the platform's");
  return db.$transaction(async (tx) => {
    const before = await tx.pointsProduct.findUnique({ where: { id } });
    if (!before) throw notFound("points product");
    const after = await tx.pointsProduct.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, { action: active ? "points-mall.activate" : "points-mall.deactivate", entity: "points-product", entityId: id, shopId: null, before: { active: before.active }, after: { active } });
    return after;
  });
}

export async function listPointsProducts(opts: { all?: boolean } = {}) {
  const rows = await db.pointsProduct.findMany({ where: opts.all ? {} : { active: true }, orderBy: [{ pointsCost: "asc" }, { id: "asc" }], take: 200 });
  return rows.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn, kind: p.kind, pointsCost: p.pointsCost, stock: p.stock, left: Math.max(0, p.stock - p.exchanged), perUserLimit: p.perUserLimit, active: p.active, couponTemplateId: p.couponTemplateId, skuId: p.skuId }));
}

/**
 * An exchange: one transaction under the shopper's row lock — so 100 exchanges at once by one
 * shopper are taken one after another and never spend more than the balance, nor pass the
 * per-shopper limit — with the stock taken by one conditional update (500 shoppers on 10 units
 * get 10). Points leave by a ledger row (EXCHANGE/<exchange id>); the coupon has the request key
 * exchange:<id>; goods take the SKU's stock and wait to be shipped. One idempotency key = one exchange.
 */
export async function exchangePoints(shopperId: string, productId: string, idempotencyKey: string, now = new Date()) {
  const prior = () => db.pointsExchange.findUnique({ where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } } });
  const first = await prior();
  if (first) return { exchange: first, replayed: true };
  try {
    const exchange = await db.$transaction(async (tx) => {
      const [me] = await tx.$queryRaw<{ points: number }[]>`SELECT points FROM "Shopper" WHERE id = ${shopperId} FOR UPDATE`;
      const p = await tx.pointsProduct.findUnique({ where: { id: productId } });
      if (!p || !p.active) throw notFound("points product");
      const mine = await tx.pointsExchange.count({ where: { shopperId, productId } });
      if (mine >= p.perUserLimit) throw new AppError("LIMIT_REACHED", `At most ${p.perUserLimit} per shopper`);
      if (!me || me.points < p.pointsCost) throw new AppError("NOT_ENOUGH_POINTS", `This costs ${p.pointsCost} points; you have ${me?.points ?? 0}`);
      const took = await tx.$executeRaw`UPDATE "PointsProduct" SET exchanged = exchanged + 1 WHERE id = ${p.id} AND exchanged < stock`;
      if (!took) throw new AppError("SOLD_OUT", "None left");
      if (p.kind === "GOODS" && p.skuId) {
        const sku = await tx.$executeRaw`UPDATE "Sku" SET stock = stock - 1 WHERE id = ${p.skuId} AND stock > 0`;
        if (!sku) throw new AppError("OUT_OF_STOCK", "The goods are out of stock");
      }
      const ex = await tx.pointsExchange.create({ data: { productId: p.id, shopperId, points: p.pointsCost, idempotencyKey, status: p.kind === "GOODS" ? "TO_SHIP" : "DONE" } });
      await addPoints(tx, { shopperId, amount: -p.pointsCost, reason: "EXCHANGE", sourceId: ex.id, note: p.name });
      if (p.kind === "COUPON" && p.couponTemplateId) {
        const template = await tx.couponTemplate.findUniqueOrThrow({ where: { id: p.couponTemplateId } });
        const [couponId] = await issueCoupons(tx, template, [shopperId], now, { requestKey: () => `exchange:${ex.id}` });
        return tx.pointsExchange.update({ where: { id: ex.id }, data: { couponId } });
      }
      return ex;
    });
    return { exchange, replayed: false };
  } catch (e) {
    const again = isUniqueViolation(e) ? await prior() : null;
    if (again) return { exchange: again, replayed: true };
    throw e;
  }
}
