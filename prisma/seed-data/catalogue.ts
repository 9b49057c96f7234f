// Demo catalogue: the category tree, three shops and ~60 products. Prices are cents.
// Also read by scripts/gen-product-images.ts, which draws the SVG images under public/products.

export type SeedSku = { code: string; name: string; price: number; stock: number; floorPrice?: number; memberPrices?: Record<string, number> };
export type SeedProduct = { slug: string; shop: ShopKey; category: string; name: string; nameEn: string; description?: string; excluded?: boolean; skus: SeedSku[] };
export type ShopKey = "tech" | "trendy" | "fresh";

export const seedShops: Record<ShopKey, { name: string; nameEn: string; shippingFee: number; freeShippingThreshold: number | null }> = {
  tech: { name: "数码优选", nameEn: "TechPick", shippingFee: 1000, freeShippingThreshold: 9900 },
  trendy: { name: "潮流服饰", nameEn: "Trendy Wear", shippingFee: 800, freeShippingThreshold: 19900 },
  fresh: { name: "鲜味食品", nameEn: "Fresh Bites", shippingFee: 600, freeShippingThreshold: 5900 },
};

/** key → [name, nameEn, parent key | null, colour] */
export const seedCategories: Record<string, [string, string, string | null, string]> = {
  digital: ["数码", "Electronics", null, "#0ea5e9"],
  phones: ["手机", "Phones", "digital", "#0284c7"],
  audio: ["耳机音响", "Audio", "digital", "#6366f1"],
  accessories: ["数码配件", "Accessories", "digital", "#14b8a6"],
  apparel: ["服饰", "Apparel", null, "#ec4899"],
  men: ["男装", "Men", "apparel", "#3b82f6"],
  women: ["女装", "Women", "apparel", "#f472b6"],
  shoes: ["鞋袜", "Shoes & socks", "apparel", "#a855f7"],
  food: ["食品", "Food", null, "#f59e0b"],
  snacks: ["零食", "Snacks", "food", "#f97316"],
  drinks: ["饮料", "Drinks", "food", "#22c55e"],
  fresh: ["生鲜", "Fresh", "food", "#84cc16"],
  beauty: ["美妆", "Beauty", null, "#e11d48"],
  skincare: ["护肤", "Skincare", "beauty", "#fb7185"],
  home: ["家居", "Home", null, "#78716c"],
  kitchen: ["厨具", "Kitchen", "home", "#a16207"],
  giftcards: ["礼品卡", "Gift cards", null, "#64748b"],
};

const p = (slug: string, shop: ShopKey, category: string, name: string, nameEn: string, skus: [string, string, number, number, number?][], extra: Partial<SeedProduct> = {}): SeedProduct => ({
  slug,
  shop,
  category,
  name,
  nameEn,
  skus: skus.map(([code, skuName, price, stock, floorPrice]) => ({ code, name: skuName, price, stock, ...(floorPrice ? { floorPrice } : {}) })),
  ...extra,
});

export const seedProducts: SeedProduct[] = [
  // 数码优选 TechPick
  p("phone-x1", "tech", "phones", "星河 X1 智能手机", "Galaxy X1 smartphone", [["X1-128", "128GB 曜石黑", 299900, 50, 249900], ["X1-256", "256GB 星光白", 339900, 30, 279900]]),
  p("phone-lite", "tech", "phones", "星河 Lite 青春版", "Galaxy Lite", [["LITE-64", "64GB 薄荷绿", 129900, 80, 99900]]),
  p("phone-pro", "tech", "phones", "星河 Pro 影像旗舰", "Galaxy Pro camera flagship", [["PRO-512", "512GB 钛灰", 599900, 20, 499900]]),
  p("phone-mini", "tech", "phones", "口袋 Mini 小屏机", "Pocket Mini", [["MINI-128", "128GB 樱粉", 219900, 40]]),
  p("buds-air", "tech", "audio", "云朵 Air 真无线耳机", "Cloud Air earbuds", [["AIR-W", "白色", 39900, 200, 25900], ["AIR-B", "黑色", 39900, 150, 25900]]),
  p("buds-pro", "tech", "audio", "云朵 Pro 降噪耳机", "Cloud Pro ANC earbuds", [["BPRO-1", "深空灰", 89900, 100, 69900]]),
  p("headphone", "tech", "audio", "静界 头戴式降噪耳机", "Quiet headphones", [["HP-1", "午夜蓝", 159900, 60]]),
  p("speaker", "tech", "audio", "声浪 便携蓝牙音箱", "Wave portable speaker", [["SPK-1", "橙色", 29900, 120], ["SPK-2", "蓝色", 29900, 80]]),
  p("charger", "tech", "accessories", "65W 氮化镓充电器", "65W GaN charger", [["CHG-65", "白色", 14900, 300, 9900]]),
  p("cable", "tech", "accessories", "编织快充数据线 1.5m", "Braided cable 1.5m", [["CBL-C", "USB-C", 3900, 500], ["CBL-L", "Lightning", 4900, 400]]),
  p("powerbank", "tech", "accessories", "20000mAh 移动电源", "20000mAh power bank", [["PB-20", "黑色", 12900, 200]]),
  p("case", "tech", "accessories", "磁吸手机壳", "Magnetic phone case", [["CASE-X1", "X1 透明", 5900, 300], ["CASE-PRO", "Pro 透明", 6900, 200]]),
  p("watch", "tech", "accessories", "脉动 智能手表", "Pulse smartwatch", [["WATCH-42", "42mm", 99900, 70, 79900]]),
  p("tablet", "tech", "phones", "星河 Tab 平板", "Galaxy Tab", [["TAB-11", "11 英寸 WiFi", 249900, 35, 199900]]),
  p("keyboard", "tech", "accessories", "轻薄蓝牙键盘", "Slim keyboard", [["KB-1", "雾白", 19900, 150]]),
  p("mouse", "tech", "accessories", "静音无线鼠标", "Silent wireless mouse", [["MS-1", "石墨灰", 7900, 250]]),
  p("gift-card-tech", "tech", "giftcards", "数码优选 电子礼品卡", "TechPick e-gift card", [["GC-100", "¥100", 10000, 9999], ["GC-500", "¥500", 50000, 9999]], { excluded: true }),
  p("hub", "tech", "accessories", "七合一扩展坞", "7-in-1 USB-C hub", [["HUB-7", "深空灰", 19900, 120]]),
  p("earbuds-kids", "tech", "audio", "儿童护耳耳机", "Kids headphones", [["KID-1", "天蓝", 15900, 90]]),
  p("screen-film", "tech", "accessories", "钢化膜 两片装", "Screen protector ×2", [["FILM-X1", "X1", 2900, 600]]),
  // 潮流服饰 Trendy Wear
  p("tee-basic", "trendy", "men", "纯棉基础T恤", "Basic cotton tee", [["TEE-M", "白色 M", 7900, 400], ["TEE-L", "白色 L", 7900, 400], ["TEE-BL", "黑色 L", 7900, 300]]),
  p("hoodie", "trendy", "men", "重磅连帽卫衣", "Heavyweight hoodie", [["HD-M", "燕麦 M", 25900, 150, 15900], ["HD-L", "燕麦 L", 25900, 150, 15900]]),
  p("jeans", "trendy", "men", "直筒牛仔裤", "Straight jeans", [["JN-30", "30 码", 29900, 120], ["JN-32", "32 码", 29900, 120]]),
  p("jacket", "trendy", "men", "机能冲锋衣", "Technical shell jacket", [["JK-L", "黑色 L", 59900, 60, 39900]]),
  p("shirt-oxford", "trendy", "men", "牛津纺衬衫", "Oxford shirt", [["OX-M", "浅蓝 M", 19900, 100]]),
  p("dress", "trendy", "women", "法式碎花连衣裙", "Floral tea dress", [["DR-S", "S", 35900, 80], ["DR-M", "M", 35900, 80]]),
  p("cardigan", "trendy", "women", "羊毛开衫", "Wool cardigan", [["CD-M", "燕麦 M", 45900, 50, 29900]]),
  p("skirt", "trendy", "women", "百褶半身裙", "Pleated skirt", [["SK-M", "藏青 M", 19900, 90]]),
  p("blouse", "trendy", "women", "真丝衬衫", "Silk blouse", [["BL-M", "象牙白 M", 39900, 40]]),
  p("coat", "trendy", "women", "双面羊绒大衣", "Double-faced cashmere coat", [["CT-M", "驼色 M", 129900, 25, 89900]]),
  p("sneakers", "trendy", "shoes", "复古运动鞋", "Retro sneakers", [["SN-40", "40 码", 49900, 70], ["SN-42", "42 码", 49900, 70]]),
  p("socks", "trendy", "shoes", "中筒棉袜 5双装", "Crew socks ×5", [["SOCK-5", "混色", 3900, 1000]]),
  p("boots", "trendy", "shoes", "切尔西短靴", "Chelsea boots", [["BT-39", "39 码", 69900, 30]]),
  p("cap", "trendy", "men", "棒球帽", "Baseball cap", [["CAP-1", "黑色", 9900, 200]]),
  p("scarf", "trendy", "women", "羊绒围巾", "Cashmere scarf", [["SC-1", "灰色", 29900, 60]]),
  p("serum", "trendy", "skincare", "玻尿酸精华 30ml", "Hyaluronic serum 30ml", [["SR-30", "30ml", 25900, 150, 15900]], { description: "深层补水，温和不刺激。" }),
  p("cream", "trendy", "skincare", "修护面霜 50g", "Repair cream 50g", [["CR-50", "50g", 32900, 120]]),
  p("sunscreen", "trendy", "skincare", "清爽防晒乳 SPF50", "Sunscreen SPF50", [["SS-50", "50ml", 12900, 300]]),
  p("mask", "trendy", "skincare", "补水面膜 10片", "Hydrating masks ×10", [["MK-10", "10片", 9900, 400]]),
  p("lip", "trendy", "skincare", "润唇膏", "Lip balm", [["LP-1", "无色", 4900, 500]]),
  // 鲜味食品 Fresh Bites
  p("nuts", "fresh", "snacks", "每日坚果 30袋", "Daily nuts ×30", [["NUT-30", "30袋", 12900, 500, 8900]]),
  p("chips", "fresh", "snacks", "薄切薯片 大包", "Thin-cut crisps", [["CHIP-O", "原味", 1290, 800], ["CHIP-S", "海盐", 1290, 800]]),
  p("chocolate", "fresh", "snacks", "黑巧克力 85%", "Dark chocolate 85%", [["CHOC-85", "100g", 2990, 600]]),
  p("jerky", "fresh", "snacks", "手撕牛肉干", "Beef jerky", [["JERK-200", "200g", 5990, 300]]),
  p("cookies", "fresh", "snacks", "黄油曲奇礼盒", "Butter cookies gift box", [["CK-BOX", "908g", 8990, 200]]),
  p("coffee", "fresh", "drinks", "冷萃咖啡液 12颗", "Cold brew concentrate ×12", [["CF-12", "12颗", 6990, 400]]),
  p("tea", "fresh", "drinks", "明前龙井 罐装", "Longjing green tea", [["TEA-250", "250g", 19900, 100, 12900]]),
  p("milk", "fresh", "drinks", "有机纯牛奶 12盒", "Organic milk ×12", [["MILK-12", "250ml×12", 6990, 300]]),
  p("juice", "fresh", "drinks", "NFC 橙汁 6瓶", "NFC orange juice ×6", [["JC-6", "300ml×6", 5990, 250]]),
  p("water", "fresh", "drinks", "天然矿泉水 24瓶", "Mineral water ×24", [["WT-24", "550ml×24", 3990, 500]]),
  p("apples", "fresh", "fresh", "阿克苏冰糖心苹果 5kg", "Aksu apples 5kg", [["APL-5", "5kg", 7990, 200]]),
  p("steak", "fresh", "fresh", "原切西冷牛排 4片", "Sirloin steaks ×4", [["STK-4", "4片", 15900, 100, 10900]]),
  p("salmon", "fresh", "fresh", "冰鲜三文鱼 500g", "Chilled salmon 500g", [["SAL-500", "500g", 12900, 80]]),
  p("eggs", "fresh", "fresh", "散养土鸡蛋 30枚", "Free-range eggs ×30", [["EGG-30", "30枚", 4590, 300]]),
  p("rice", "fresh", "fresh", "五常大米 5kg", "Wuchang rice 5kg", [["RICE-5", "5kg", 8990, 200]]),
  p("pan", "fresh", "kitchen", "不粘煎锅 28cm", "Non-stick pan 28cm", [["PAN-28", "28cm", 15900, 80]]),
  p("knife", "fresh", "kitchen", "大马士革主厨刀", "Damascus chef's knife", [["KN-8", "8 英寸", 39900, 40, 29900]]),
  p("mug", "fresh", "kitchen", "陶瓷马克杯 两只装", "Ceramic mugs ×2", [["MUG-2", "奶白", 5900, 300]]),
  p("lunchbox", "fresh", "kitchen", "保温饭盒", "Insulated lunch box", [["LB-1", "1.2L", 7900, 150]]),
  p("honey", "fresh", "snacks", "椴树蜂蜜 500g", "Linden honey 500g", [["HNY-500", "500g", 6900, 200]]),
];
