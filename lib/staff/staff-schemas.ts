import { z } from "zod";
import { staffRoleSchema } from "@/lib/api-keys/api-key-schemas";

export const createStaffBodySchema = z.object({
  email: z.string().trim().toLowerCase().email("is not an email address"),
  name: z.string().trim().min(1, "is required").max(80),
  role: staffRoleSchema,
  password: z.string().min(8, "at least 8 characters").max(200),
  shopId: z.string().min(1).nullish(),
});
export type CreateStaffBody = z.infer<typeof createStaffBodySchema>;

export const updateStaffBodySchema = z.object({ role: staffRoleSchema.optional(), active: z.boolean().optional() });
