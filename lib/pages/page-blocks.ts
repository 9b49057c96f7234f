import { z } from "zod";
import sanitizeHtml from "sanitize-html";
import { ownPathSchema } from "@/lib/deliveries/delivery-schemas";

// The blocks of an activity page (SPEC §11): one zod schema for the editor, the API and the JSON
// column. Every block has an id (the editor makes it) so tab anchors can point at it.

const id = z.string().regex(/^[a-z0-9-]{4,40}$/, "an id of 4–40 letters, digits or dashes");
const text = (max: number) => z.string().trim().min(1, "is required").max(max, `at most ${max} characters`);
/** our own image paths or https images */
const imageUrl = z.string().trim().max(500).regex(/^(https:\/\/[^\s]+|\/(?!\/)[^\s]*)$/, "must be an https URL or a path on this site");
const percent = z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "at least 0").max(100, "at most 100");

/** Rich text keeps formatting and links to our own pages; scripts, styles, handlers and foreign links are removed. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "a", "span"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: [],
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => frame.tag === "a" && !/^\/(?!\/)/.test(frame.attribs.href ?? ""),
  });
}

export const blockSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ id, type: z.literal("BANNER"), image: imageUrl, title: text(60), subtitle: z.string().trim().max(120).optional(), link: ownPathSchema.optional() }),
    z.object({ id, type: z.literal("COUNTDOWN"), promotionId: text(100), title: z.string().trim().max(60).optional() }),
    z.object({
      id,
      type: z.literal("PRODUCT_GRID"),
      title: z.string().trim().max(60).optional(),
      source: z.union([z.object({ promotionId: text(100) }).strict(), z.object({ categoryId: text(100) }).strict(), z.object({ skuIds: z.array(text(100)).min(1, "pick at least one SKU").max(60, "at most 60 SKUs") }).strict()], { error: "a promotion, a category or picked SKUs" }),
      sort: z.enum(["deal-asc", "deal-desc", "sales"], { error: "deal-asc, deal-desc or sales" }).default("deal-asc"),
      limit: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(60, "at most 60").default(20),
    }),
    z.object({ id, type: z.literal("COUPON_STRIP"), title: z.string().trim().max(60).optional(), campaignIds: z.array(text(100)).max(10, "at most 10 campaigns").default([]) }),
    z.object({ id, type: z.literal("FLASH_STRIP"), title: z.string().trim().max(60).optional() }),
    z.object({
      id,
      type: z.literal("RICH_TEXT"),
      html: z
        .string()
        .max(20_000, "at most 20,000 characters")
        .superRefine((v, ctx) => {
          if (/<\s*script|javascript:|on\w+\s*=/i.test(v)) ctx.addIssue({ code: "custom", message: "scripts are not allowed in rich text" });
        })
        .transform(sanitizeRichText),
    }),
    z.object({ id, type: z.literal("TABS"), items: z.array(z.object({ label: text(20), target: id })).min(2, "at least two tabs").max(8, "at most 8 tabs") }),
    z.object({
      id,
      type: z.literal("HOT_ZONE"),
      image: imageUrl,
      alt: text(120),
      zones: z.array(z.object({ x: percent, y: percent, w: percent, h: percent, link: ownPathSchema, label: text(40) })).min(1, "at least one zone").max(12, "at most 12 zones"),
    }),
  ],
  { error: "an unknown block type (BANNER, COUNTDOWN, PRODUCT_GRID, COUPON_STRIP, FLASH_STRIP, RICH_TEXT, TABS, HOT_ZONE)" },
);
export type Block = z.infer<typeof blockSchema>;

export const blocksSchema = z
  .array(blockSchema)
  .max(40, "at most 40 blocks")
  .superRefine((blocks, ctx) => {
    const ids = new Set<string>();
    blocks.forEach((b, i) => {
      if (ids.has(b.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "is used twice" });
      ids.add(b.id);
    });
    blocks.forEach((b, i) => {
      if (b.type === "TABS") b.items.forEach((t, j) => !ids.has(t.target) && ctx.addIssue({ code: "custom", path: [i, "items", j, "target"], message: "no block has this id" }));
    });
  });

export const slugSchema = z.string().trim().regex(/^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/, "3–60 lowercase letters, digits and dashes");

export const savePageBodySchema = z.object({
  slug: slugSchema,
  title: text(80),
  blocks: blocksSchema,
});
export type SavePageBody = z.infer<typeof savePageBodySchema>;
