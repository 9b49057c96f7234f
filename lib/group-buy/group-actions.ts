"use server";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { z } from "zod";
import { getShopperId } from "@/lib/auth/session-actor";
import { toAppError } from "@/lib/api/errors";
import { joinGroup, openGroup } from "./group-orders";

const openForm = z.object({ promotionId: z.string().min(1), skuId: z.string().min(1), key: z.string().min(8).max(100), back: z.string().startsWith("/") });
const joinForm = z.object({ groupId: z.string().min(1), key: z.string().min(8).max(100) });

/** 开团 from the product page: the leader's order, then the cashier. */
export async function openGroupAction(form: FormData) {
  const f = openForm.parse(Object.fromEntries(form));
  const shopperId = await getShopperId();
  if (!shopperId) await shopRedirect(`/login?callbackUrl=${encodeURIComponent(f.back)}`);
  let orderId: string;
  try {
    orderId = (await openGroup(shopperId!, f.promotionId, f.skuId, f.key)).orderId;
  } catch (e) {
    await shopRedirect(`${f.back}${f.back.includes("?") ? "&" : "?"}groupError=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  await shopRedirect(`/orders/${orderId!}/pay`);
}

/** 参团 from the group's share page. */
export async function joinGroupAction(form: FormData) {
  const f = joinForm.parse(Object.fromEntries(form));
  const shopperId = await getShopperId();
  if (!shopperId) await shopRedirect(`/login?callbackUrl=${encodeURIComponent(`/groups/${f.groupId}`)}`);
  let orderId: string;
  try {
    orderId = (await joinGroup(shopperId!, f.groupId, f.key)).orderId;
  } catch (e) {
    await shopRedirect(`/groups/${f.groupId}?error=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  await shopRedirect(`/orders/${orderId!}/pay`);
}
