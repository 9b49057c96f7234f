import type { ShopKey } from "./catalogue";

export const DEMO_PASSWORD = "demo1234";

/** Staff for every role: on the platform and in each shop. */
export const seedStaff: { email: string; name: string; role: "ADMIN" | "OPERATOR" | "APPROVER" | "ANALYST"; shop: ShopKey | null }[] = [
  { email: "admin@platform.test", name: "平台管理员 Pat", role: "ADMIN", shop: null },
  { email: "operator@platform.test", name: "平台运营 Olivia", role: "OPERATOR", shop: null },
  { email: "approver@platform.test", name: "平台审核 Avery", role: "APPROVER", shop: null },
  { email: "analyst@platform.test", name: "平台分析 Ann", role: "ANALYST", shop: null },
  { email: "admin@techpick.test", name: "数码店长 Tom", role: "ADMIN", shop: "tech" },
  { email: "operator@techpick.test", name: "数码运营 Tina", role: "OPERATOR", shop: "tech" },
  { email: "approver@techpick.test", name: "数码审核 Theo", role: "APPROVER", shop: "tech" },
  { email: "analyst@techpick.test", name: "数码分析 Tara", role: "ANALYST", shop: "tech" },
  { email: "admin@trendy.test", name: "服饰店长 Wendy", role: "ADMIN", shop: "trendy" },
  { email: "operator@trendy.test", name: "服饰运营 Will", role: "OPERATOR", shop: "trendy" },
  { email: "approver@trendy.test", name: "服饰审核 Wade", role: "APPROVER", shop: "trendy" },
  { email: "admin@fresh.test", name: "食品店长 Fiona", role: "ADMIN", shop: "fresh" },
  { email: "operator@fresh.test", name: "食品运营 Finn", role: "OPERATOR", shop: "fresh" },
  { email: "approver@fresh.test", name: "食品审核 Faye", role: "APPROVER", shop: "fresh" },
];

/** Shoppers at every member level, new and returning. */
export const seedShoppers = [
  { email: "alice@demo.test", externalId: "host-1001", name: "Alice 新客", memberLevel: "V0", firstOrderDone: false, region: "上海", tags: ["student"], points: 0, growth: 0, birthday: "2000-11-25" },
  { email: "bob@demo.test", externalId: "host-1002", name: "Bob 白银", memberLevel: "V1", firstOrderDone: true, region: "上海", tags: ["night-owl"], points: 320, growth: 1200, birthday: "1995-03-02" },
  { email: "carol@demo.test", externalId: "host-1003", name: "Carol 黄金", memberLevel: "V2", firstOrderDone: true, region: "北京", tags: ["high-value"], points: 2860, growth: 5600, birthday: "1990-07-18" },
  { email: "dave@demo.test", externalId: "host-1004", name: "Dave 铂金", memberLevel: "V3", firstOrderDone: true, region: "广东", tags: ["high-value", "tech-fan"], points: 12040, growth: 22800, birthday: "1988-12-01" },
  { email: "erin@demo.test", externalId: "host-1005", name: "Erin 新客", memberLevel: "V0", firstOrderDone: false, region: "浙江", tags: [], points: 0, growth: 0, birthday: "2002-05-09" },
  { email: "frank@demo.test", externalId: "host-1006", name: "Frank 沉睡", memberLevel: "V1", firstOrderDone: true, region: "四川", tags: ["silent"], points: 80, growth: 600, birthday: "1993-09-30" },
];
