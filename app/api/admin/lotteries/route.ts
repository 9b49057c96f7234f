// GET /api/admin/lotteries – every lottery; POST – create one with its prizes (platform ADMIN / OPERATOR)
import { staffRoute, json } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/errors";
import { createLottery, listLotteries, lotteryBodySchema } from "@/lib/engagement/lottery";

export const GET = staffRoute({ summary: "Lotteries" }, async ({ actor }) => {
  if (actor.shopId) throw forbidden("Lotteries are the platform's");
  return { items: await listLotteries() };
});

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: lotteryBodySchema, summary: "Create a lottery (prizes with weights, stock, a budget, cost per draw, free draws per day)" }, async ({ actor, body }) => {
  const l = await createLottery(actor, body);
  return json({ id: l.id, name: l.name, prizes: l.prizes.map((p) => ({ id: p.id, name: p.name, kind: p.kind, weight: p.weight, stock: p.stock })) }, 201);
});
