import { z } from "zod";

export const staffRoleSchema = z.enum(["ADMIN", "OPERATOR", "APPROVER", "ANALYST"], { error: "must be ADMIN, OPERATOR, APPROVER or ANALYST" });

export const createApiKeyBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(80),
  shopId: z.string().min(1).nullish(),
  role: staffRoleSchema,
});
export type CreateApiKeyBody = z.infer<typeof createApiKeyBodySchema>;
