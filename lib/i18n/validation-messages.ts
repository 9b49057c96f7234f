// Chinese for the validation messages of the zod schemas and forms. The API keeps its English
// messages (clients match on field paths); forms show these in the shopper's or staff's language.
const zh: Record<string, string> = {
  "a higher tier must give more": "更高档位的优惠必须更多",
  "add at least one SKU": "请至少添加一个 SKU",
  "add at least one tier": "请至少添加一档",
  "at least 1 day": "至少 1 天",
  "at least 1": "至少为 1",
  "at least 8 characters": "至少 8 个字符",
  "at least one SKU": "至少一个 SKU",
  "belongs to another shop": "属于其他店铺",
  "choose a date and time": "请选择日期和时间",
  "choose all products, SKUs or categories": "请选择全部商品、指定 SKU 或指定分类",
  "choose at least one shopper": "请至少选择一位顾客",
  "duplicate code": "编码重复",
  "enter a whole number": "请输入整数",
  "enter an amount in yuan, e.g. 12.30": "请输入金额（元），如 12.30",
  "give amountOff or free: true": "请填写减免金额或勾选包邮",
  "give exactly one of percentOff, specialPrice, amountOff": "折扣、特价、直降只能填写一种",
  "give items or percentOff": "请按 SKU 设置或填写统一折扣",
  "give validFrom and validTo, or validDays": "请填写生效/失效时间或有效天数",
  "give validFrom/validTo or validDays, not both": "固定时间段与有效天数只能二选一",
  "is not an email address": "邮箱格式不正确",
  "is required": "必填",
  "choose at least one channel": "请至少选择一个渠道",
  "a channel is named twice": "渠道重复",
  "say why (it is shown to the shopper and kept in the audit)": "请填写原因（会员可见，并记入审计）",
  "must not be 0": "不能为 0",
  "a coupon prize names its coupon template": "优惠券奖品须选择优惠券模板",
  "a points prize gives at least 1 point": "积分奖品至少 1 积分",
  "a prize needs its stock": "请填写奖品库存",
  "at least two prizes": "至少两个奖品",
  "at most 12 prizes": "最多 12 个奖品",
  "include a \"thanks for playing\" prize (what a draw falls to when the others are out)": "请包含一个「谢谢参与」奖品（其他奖品抽完时的兜底）",
  "a draw costs points or is free some times a day": "每次抽奖须消耗积分，或每天有免费次数",
  "a coupon product names its coupon template": "优惠券商品须选择优惠券模板",
  "a goods product names its SKU": "实物商品须填写 SKU",
  "no such platform coupon template": "平台优惠券模板不存在",
  "no such coupon template": "优惠券模板不存在",
  "no such segment": "人群不存在",
  "the first level starts at 0": "第一个等级的门槛须为 0",
  "must be above the level before": "须高于上一等级",
  "is used twice": "重复",
  "a key like V0, V1 …": "等级代码形如 V0、V1 …",
  "must be a path on this site, starting with /": "须为本站页面路径，以 / 开头",
  "must be 0 or more": "不能为负数",
  "an active programme rewards a coupon or points": "启用的活动须奖励优惠券或积分",
  "must be a real ISO 8601 date-time with an offset, e.g. 2026-11-11T00:00:00+08:00": "请选择日期和时间",
  "is in the past": "不能早于现在",
  "this level has no monthly pack": "该等级没有月度礼包",

  "is required with repeat": "每满减模式下必填",
  "must be 1–100": "须在 1–100 之间",
  "must be 1–99": "须在 1–99 之间",
  "must be a date-time": "须为日期时间",
  "must be a whole number of cents": "金额最多两位小数",
  "must be a whole number": "须为整数",
  "must be a whole percent": "须为整数百分比",
  "must be after claimStartsAt": "须晚于开始领取时间",
  "must be after startsAt": "须晚于开始时间",
  "must be after validFrom": "须晚于生效时间",
  "must be at least 1": "至少为 1",
  "must be at least 2": "至少为 2",
  "must be before startsAt": "须早于开始时间",
  "must be greater than 0": "须大于 0",
  "must not be negative": "不能为负数",
  "must not exceed the price": "不能高于售价",
  "must not exceed the threshold": "不能超过门槛",
  "must be less than the threshold": "须小于门槛",
  "no such SKU": "SKU 不存在",
  "no such category": "分类不存在",
  "no such shop": "店铺不存在",
  "no such shopper": "顾客不存在",
  "platformShare + shopShare must be 100": "平台与店铺承担比例之和须为 100",
  "say why": "请填写原因",
  "tier thresholds must increase": "各档门槛须逐档递增",
  "the slots must add up to totalQuantity": "各轮数量之和须等于发放总量",
  "already used": "已被使用",
  "already exists": "已存在",
  "must be a number": "须为数字",
  "must be text": "须为文本",
  "must be true or false": "须为是或否",
  "must be a list": "须为列表",
  "has the wrong type": "类型不正确",
  "is not one of the allowed values": "不是允许的取值",
  "is not in the expected format": "格式不正确",
};

/** The message in the page's language (Chinese where known, else as the server wrote it). */
export function localizeValidation(message: string, locale: string): string {
  if (locale !== "zh") return message;
  if (zh[message]) return zh[message];
  const unknownVar = message.match(/^unknown variable (\{\{.*\}\}) \(use (.+)\)$/);
  if (unknownVar) return `未知变量 ${unknownVar[1]}（可用：${unknownVar[2]}）`;
  const between = message.match(/^must be between (\d+) and (\d+) for (\w+)$/);
  if (between) return `须在 ${between[1]} 到 ${between[2]} 之间`;
  const m = message.match(/^at most (\S+)$/);
  if (m) return `最多 ${m[1]}`;
  const bound = message.match(/^(at most|at least) (\S+) (characters|items)$/);
  if (bound) return `${bound[1] === "at most" ? "最多" : "至少"} ${bound[2]} ${bound[3] === "characters" ? "个字符" : "项"}`;
  const least = message.match(/^at least (\S+)$/);
  if (least) return `至少为 ${least[1]}`;
  const strict = message.match(/^must be (less|greater) than (\S+)$/);
  if (strict && !/threshold|list price/.test(message)) return `须${strict[1] === "less" ? "小于" : "大于"} ${strict[2]}`;
  const below = message.match(/^must be (below|less than) the list price \((.+)\)$/);
  if (below) return `须低于原价（${below[2]}）`;
  const floor = message.match(/^below the floor price \((.+)\): shoppers will pay (.+)$/);
  if (floor) return `低于最低售价（${floor[1]}）：顾客实际支付 ${floor[2]}`;
  const before = message.match(/^must be before the template's validTo \((.+)\)$/);
  if (before) return `须早于券的失效时间（${before[1]}）`;
  return message;
}
