/** Delivery regions offered at checkout (province level; promotions may target them). */
export const REGIONS = [
  ["北京", "Beijing"],
  ["上海", "Shanghai"],
  ["天津", "Tianjin"],
  ["重庆", "Chongqing"],
  ["广东", "Guangdong"],
  ["浙江", "Zhejiang"],
  ["江苏", "Jiangsu"],
  ["四川", "Sichuan"],
  ["湖北", "Hubei"],
  ["福建", "Fujian"],
  ["山东", "Shandong"],
  ["新疆", "Xinjiang"],
  ["西藏", "Tibet"],
] as const;
