// What a new block of each type starts with in the editor (the server validates every field).
export const BLOCK_TYPES = ["BANNER", "COUNTDOWN", "PRODUCT_GRID", "COUPON_STRIP", "FLASH_STRIP", "RICH_TEXT", "TABS", "HOT_ZONE"] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];
export type DraftBlock = { id: string; type: BlockType } & Record<string, unknown>;

const newId = () => `b-${Math.random().toString(36).slice(2, 8)}`;

export function newBlock(type: BlockType, promotionId: string | undefined): DraftBlock {
  const id = newId();
  switch (type) {
    case "BANNER":
      return { id, type, image: "/banners/double11.svg", title: "" };
    case "COUNTDOWN":
      return { id, type, promotionId: promotionId ?? "" };
    case "PRODUCT_GRID":
      return { id, type, title: "", source: { promotionId: promotionId ?? "" }, sort: "deal-asc", limit: 12 };
    case "COUPON_STRIP":
      return { id, type, title: "", campaignIds: [] };
    case "FLASH_STRIP":
      return { id, type, title: "" };
    case "RICH_TEXT":
      return { id, type, html: "<p></p>" };
    case "TABS":
      return { id, type, items: [] };
    case "HOT_ZONE":
      return { id, type, image: "/banners/newcomer.svg", alt: "", zones: [{ x: 0, y: 0, w: 50, h: 100, link: "/", label: "" }] };
  }
}
