// PATCH /api/admin/staff/{id} – change role or deactivate (ADMIN, own scope)
import { staffRoute } from "@/lib/api/handler";
import { updateStaffBodySchema } from "@/lib/staff/staff-schemas";
import { updateStaff } from "@/lib/staff/manage-staff";

export const PATCH = staffRoute({ roles: ["ADMIN"], body: updateStaffBodySchema }, async ({ actor, params, body }) => updateStaff(actor, params.id, body));
