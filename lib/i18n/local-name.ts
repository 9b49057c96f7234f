/** A record's name in the page's language: the English one on English pages when there is one. */
export function localName(r: { name: string; nameEn?: string | null }, locale: string) {
  return locale === "en" && r.nameEn ? r.nameEn : r.name;
}

/** "Product · SKU" (just the product when the SKU has no name of its own). */
export function skuLabel(product: { name: string; nameEn?: string | null }, skuName: string | null | undefined, locale: string) {
  const name = localName(product, locale);
  return skuName ? `${name} · ${skuName}` : name;
}
