import { z } from "zod";

export const createCategoryBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(60, "at most 60 characters"),
  nameEn: z.string().trim().max(60).optional(),
  parentId: z.string().min(1).nullish(),
  sortOrder: z.number().int().optional(),
});
export type CreateCategoryBody = z.infer<typeof createCategoryBodySchema>;
