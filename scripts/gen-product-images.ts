// Draws one SVG per demo product into public/products (committed; no external image URLs).
// Run: npx tsx scripts/gen-product-images.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { seedCategories, seedProducts } from "../prisma/seed-data/catalogue";

const glyphs: Record<string, string> = {
  phones: '<rect x="150" y="80" width="100" height="190" rx="16" fill="white" opacity=".95"/><rect x="160" y="98" width="80" height="150" rx="6" fill="COLOR" opacity=".35"/>',
  audio: '<circle cx="160" cy="180" r="40" fill="white"/><circle cx="240" cy="180" r="40" fill="white"/><path d="M120 180 a80 80 0 0 1 160 0" stroke="white" stroke-width="14" fill="none"/>',
  accessories: '<rect x="140" y="120" width="120" height="110" rx="20" fill="white"/><rect x="190" y="90" width="20" height="40" fill="white"/>',
  men: '<path d="M140 100 l40 -20 h40 l40 20 l30 50 l-35 20 v100 h-110 v-100 l-35 -20z" fill="white"/>',
  women: '<path d="M170 80 h60 l10 60 l50 130 h-180 l50 -130z" fill="white"/>',
  shoes: '<path d="M110 220 q0 -60 40 -70 l50 30 q60 10 90 40 v20 h-180z" fill="white"/>',
  snacks: '<rect x="140" y="90" width="120" height="170" rx="14" fill="white"/><circle cx="200" cy="175" r="30" fill="COLOR" opacity=".4"/>',
  drinks: '<path d="M170 80 h60 v40 l15 20 v130 h-90 v-130 l15 -20z" fill="white"/>',
  fresh: '<circle cx="200" cy="180" r="70" fill="white"/><path d="M200 110 q20 -30 40 -20" stroke="white" stroke-width="8" fill="none"/>',
  skincare: '<rect x="165" y="120" width="70" height="140" rx="12" fill="white"/><rect x="180" y="90" width="40" height="35" rx="6" fill="white"/>',
  kitchen: '<circle cx="180" cy="190" r="65" fill="white"/><rect x="240" y="180" width="80" height="20" rx="10" fill="white"/>',
  giftcards: '<rect x="110" y="120" width="180" height="115" rx="14" fill="white"/><rect x="110" y="150" width="180" height="18" fill="COLOR" opacity=".4"/>',
};

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

mkdirSync("public/products", { recursive: true });
for (const product of seedProducts) {
  const [, , , color] = seedCategories[product.category];
  const glyph = (glyphs[product.category] ?? glyphs.accessories).replaceAll("COLOR", color);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="${color}" stop-opacity=".65"/></linearGradient></defs>
<rect width="400" height="400" fill="url(#g)"/>
<circle cx="340" cy="60" r="90" fill="white" opacity=".08"/>
${glyph}
<text x="200" y="330" text-anchor="middle" font-family="system-ui, 'Noto Sans CJK SC', sans-serif" font-size="26" font-weight="600" fill="white">${escape(product.nameEn)}</text>
</svg>
`;
  writeFileSync(`public/products/${product.slug}.svg`, svg);
}
console.log(`wrote ${seedProducts.length} images to public/products`);
