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

/**
 * Runs a page's action for the signed-in shopper and lands back on `path` with the outcome in its
 * query: what `act` answers on success, `error=<code>` when the action refused (other errors throw).
 */
async function landWith(path: string, act: (shopperId: string) => Promise<string>) {
  const shopperId = await requireShopperId(path);
  let outcome: string;
  try {
    outcome = await act(shopperId);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    outcome = `error=${e.code}`;
  }
  revalidatePath(path);
  await shopRedirect(`${path}?${outcome}`);
}

export async function checkInAction(form: FormData) {
  await landWith("/me/check-in", async (shopperId) => {
    await checkIn(shopperId, new Date(), text(form, "day", 10) || undefined);
    return "done=1";
  });
}

export async function exchangeAction(form: FormData) {
  const productId = text(form, "productId");
  await landWith("/me/points-mall", async (shopperId) => {
    await exchangePoints(shopperId, productId, text(form, "key"));
    return `ok=${encodeURIComponent(productId)}`;
  });
}

export async function drawAction(form: FormData) {
  const lotteryId = text(form, "lotteryId");
  await landWith(`/lottery/${encodeURIComponent(lotteryId)}`, async (shopperId) => `draw=${(await drawLottery(shopperId, lotteryId, text(form, "key"))).draw.id}`);
}

export async function claimTaskAction(form: FormData) {
  const task = text(form, "task", 20);
  await landWith("/me/tasks", async (shopperId) => {
    await claimTask(shopperId, task);
    return `claimed=${encodeURIComponent(task)}`;
  });
}

export async function claimPackAction() {
  await landWith("/me", async (shopperId) => {
    await claimMonthlyPack(shopperId);
    return "pack=1";
  });
}
