"use server";
import { revalidatePath } from "next/cache";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { requireShopperId } from "@/lib/auth/session-actor";
import { AppError } from "@/lib/api/errors";
import { checkIn } from "./check-in";
import { exchangePoints } from "./points-mall";
import { drawLottery } from "./lottery";
import { claimTask } from "./tasks";
import { claimMonthlyPack } from "@/lib/members/member-levels";

// The engagement pages' buttons: plain forms (they work before scripts load), each carrying the
// idempotency key the page rendered — a double tap is one check-in, one exchange, one draw. The
// outcome comes back in the URL the form lands on.

const text = (form: FormData, key: string, max = 100) => String(form.get(key) ?? "").slice(0, max);
const codeOf = (e: unknown) => (e instanceof AppError ? e.code : "INTERNAL");

export async function checkInAction(form: FormData) {
  const shopperId = await requireShopperId("/me/check-in");
  let outcome = "done=1";
  try {
    await checkIn(shopperId, new Date(), text(form, "day", 10) || undefined);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${codeOf(e)}`;
  }
  revalidatePath("/me/check-in");
  await shopRedirect(`/me/check-in?${outcome}`);
}

export async function exchangeAction(form: FormData) {
  const shopperId = await requireShopperId("/me/points-mall");
  const productId = text(form, "productId");
  let outcome = `ok=${encodeURIComponent(productId)}`;
  try {
    await exchangePoints(shopperId, productId, text(form, "key"));
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${codeOf(e)}`;
  }
  revalidatePath("/me/points-mall");
  await shopRedirect(`/me/points-mall?${outcome}`);
}

export async function drawAction(form: FormData) {
  const lotteryId = text(form, "lotteryId");
  const shopperId = await requireShopperId(`/lottery/${lotteryId}`);
  let outcome: string;
  try {
    const { draw } = await drawLottery(shopperId, lotteryId, text(form, "key"));
    outcome = `draw=${draw.id}`;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${codeOf(e)}`;
  }
  revalidatePath(`/lottery/${lotteryId}`);
  await shopRedirect(`/lottery/${encodeURIComponent(lotteryId)}?${outcome}`);
}

export async function claimTaskAction(form: FormData) {
  const shopperId = await requireShopperId("/me/tasks");
  const task = text(form, "task", 20);
  let outcome = `claimed=${encodeURIComponent(task)}`;
  try {
    await claimTask(shopperId, task);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${codeOf(e)}`;
  }
  revalidatePath("/me/tasks");
  await shopRedirect(`/me/tasks?${outcome}`);
}

export async function claimPackAction() {
  const shopperId = await requireShopperId("/me");
  let outcome = "pack=1";
  try {
    await claimMonthlyPack(shopperId);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${codeOf(e)}`;
  }
  revalidatePath("/me");
  await shopRedirect(`/me?${outcome}`);
}
