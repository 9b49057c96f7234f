"use server";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";
import { toAppError, validationError } from "@/lib/api/errors";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createApiKeyBodySchema } from "@/lib/api-keys/api-key-schemas";
import { createStaffBodySchema } from "./staff-schemas";
import { createStaff, revokeApiKey, updateStaff } from "./manage-staff";

export type StaffFormState = { ok?: boolean; key?: string; error?: string; fields?: Record<string, string> } | null;

const fail = (e: unknown): StaffFormState => {
  const err = toAppError(e);
  return { error: err.message, fields: err.fields };
};

export async function addStaffAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN"]);
    const body = createStaffBodySchema.safeParse({ email: form.get("email"), name: form.get("name"), role: form.get("role"), password: form.get("password"), shopId: form.get("shopId") || null });
    if (!body.success) throw validationError(body.error);
    await createStaff(actor, body.data);
    revalidatePath("/admin/staff");
    return { ok: true };
  } catch (e) {
    return fail(e);
  }
}

/** Creates a key and returns it once; only its hash is kept. */
export async function addApiKeyAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN"]);
    const body = createApiKeyBodySchema.safeParse({ name: form.get("name"), role: form.get("role"), shopId: form.get("shopId") || null });
    if (!body.success) throw validationError(body.error);
    const key = await createApiKey(actor, body.data);
    revalidatePath("/admin/staff");
    return { ok: true, key: key.key };
  } catch (e) {
    return fail(e);
  }
}

export async function revokeApiKeyAction(id: string) {
  const actor = assertStaff(await getSessionActor(), ["ADMIN"]);
  await revokeApiKey(actor, id);
  revalidatePath("/admin/staff");
}

export async function setStaffActiveAction(id: string, active: boolean) {
  const actor = assertStaff(await getSessionActor(), ["ADMIN"]);
  await updateStaff(actor, id, { active });
  revalidatePath("/admin/staff");
}
