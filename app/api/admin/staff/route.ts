// POST /api/admin/staff – ADMIN adds a staff member to their scope
import { staffRoute, json } from "@/lib/api/handler";
import { createStaffBodySchema } from "@/lib/staff/staff-schemas";
import { createStaff } from "@/lib/staff/manage-staff";

export const POST = staffRoute({ roles: ["ADMIN"], body: createStaffBodySchema }, async ({ actor, body }) => json(await createStaff(actor, body), 201));
