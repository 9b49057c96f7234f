import { db } from "@/lib/db/client";

/** A group with its members and each member's order status (members hold order ids). */
export async function groupWithOrders(groupId: string, client: Pick<typeof db, "groupBuyGroup" | "order"> = db) {
  const g = await client.groupBuyGroup.findUnique({ where: { id: groupId }, include: { members: { orderBy: { joinedAt: "asc" } } } });
  if (!g) return null;
  const orders = await client.order.findMany({ where: { id: { in: g.members.map((m) => m.orderId) } }, include: { lines: true } });
  return { ...g, members: g.members.map((m) => ({ ...m, order: orders.find((o) => o.id === m.orderId)! })) };
}

/** After a member pays: the group completes when every seat is taken by a paid order. */
export async function completeGroupIfFull(orderId: string, now = new Date()) {
  const member = await db.groupBuyMember.findUnique({ where: { orderId }, select: { groupId: true } });
  if (!member) return null;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "GroupBuyGroup" WHERE id = ${member.groupId} FOR UPDATE`;
    const g = (await groupWithOrders(member.groupId, tx))!;
    if (g.status !== "OPEN" || g.members.length < g.size || !g.members.every((m) => m.order.status === "PAID")) return g.status;
    await tx.groupBuyGroup.update({ where: { id: g.id }, data: { status: "COMPLETED", completedAt: now } });
    return "COMPLETED";
  });
}

/** A member's unpaid order was cancelled: the seat frees up (the leader's: the group fails). */
export async function leaveGroupOnCancel(orderId: string) {
  const member = await db.groupBuyMember.findUnique({ where: { orderId }, include: { group: true } });
  if (!member || member.group.status !== "OPEN") return;
  if (member.leader) await db.groupBuyGroup.updateMany({ where: { id: member.groupId, status: "OPEN" }, data: { status: "FAILED" } });
  else await db.groupBuyMember.delete({ where: { orderId } });
}
