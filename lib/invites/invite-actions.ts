"use server";
import { getShopperId } from "@/lib/auth/session-actor";
import { AppError } from "@/lib/api/errors";
import { acceptInvitation } from "./invitations";

export type AcceptState = { ok: boolean; message: string | null; code?: string } | null;

/** The landing page's button: the signed-in shopper accepts; the answer says why not, if not. */
export async function acceptInvitationAction(_prev: AcceptState, form: FormData): Promise<AcceptState> {
  const shopperId = await getShopperId();
  if (!shopperId) return { ok: false, message: null, code: "UNAUTHENTICATED" };
  try {
    await acceptInvitation(shopperId, String(form.get("code") ?? "").slice(0, 40));
    return { ok: true, message: null };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: e.message, code: e.code };
    throw e;
  }
}
