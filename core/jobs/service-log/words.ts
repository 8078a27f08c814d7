import { normalizeHeader } from "../../values/text";

/** The kinds of item a service desk registers, in the order reports list them; 其他 holds a type not understood. */
export const SERVICE_TYPES = ["报修", "投诉", "咨询", "建议", "退换货", "表扬", "其他"] as const;

/** One kind of item. */
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Words that name each type (after header normalisation: NFKC, no spaces, lower case, Traditional folded). */
const TYPE_WORDS: readonly (readonly [ServiceType, readonly string[]])[] = [
  ["报修", ["报修", "報修", "维修", "維修", "报修单", "保修", "repair", "repairs", "maintenance"]],
  ["投诉", ["投诉", "投訴", "客诉", "投诉单", "complaint", "complaints"]],
  [
    "咨询",
    ["咨询", "諮詢", "咨詢", "询问", "詢問", "查询", "来电咨询", "问询", "enquiry", "inquiry", "question"],
  ],
  ["建议", ["建议", "建議", "意见", "意見", "意见建议", "suggestion", "feedback"]],
  [
    "退换货",
    ["退换货", "退換貨", "退货", "退貨", "换货", "換貨", "退换", "退款", "return", "exchange", "returns"],
  ],
  ["表扬", ["表扬", "表揚", "表彰", "感谢", "锦旗", "praise", "compliment"]],
  ["其他", ["其他", "其它", "other", "others"]],
];

const TYPE_INDEX = new Map<string, ServiceType>(
  TYPE_WORDS.flatMap(([type, words]) => words.map((w) => [normalizeHeader(w), type] as const)),
);

/** The type a cell names (`报修`, `維修`, `Repair`), or null when it names none (`报秀`: a warning, counted as 其他). */
export function serviceTypeOf(text: string): ServiceType | null {
  return TYPE_INDEX.get(normalizeHeader(text)) ?? null;
}

const CHANNEL_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ["电话", ["电话", "電話", "来电", "來電", "热线", "座机", "手机", "phone", "call", "telephone"]],
  ["来访", ["来访", "來訪", "上门", "上門", "现场", "面谈", "当面", "visit", "walkin"]],
  ["微信", ["微信", "公众号", "小程序", "微信群", "wechat", "app"]],
  ["前台", ["前台", "服务台", "客服台", "desk", "frontdesk"]],
];

const CHANNEL_INDEX = new Map<string, string>(
  CHANNEL_WORDS.flatMap(([channel, words]) => words.map((w) => [normalizeHeader(w), channel] as const)),
);

/** The channel a cell names, folded to 电话 / 来访 / 微信 / 前台 where it is one of them, else the text as typed. */
export function channelOf(text: string): string {
  return CHANNEL_INDEX.get(normalizeHeader(text)) ?? text;
}

/** What a follow-up (回访) cell says: satisfied, followed up but not satisfied, or no follow-up yet. */
export type FollowUp = "satisfied" | "not-satisfied" | "none" | "unknown";

const NO_FOLLOW_UP = ["未回访", "待回访", "无人接听", "未接通", "联系不上", "拒访", "无", "-", "—", "/"].map(
  normalizeHeader,
);
const NEUTRAL = ["一般", "尚可", "还行", "neutral", "average"].map(normalizeHeader);

/** Words that deny or qualify 满意 (不太满意, 满意度一般, not satisfied): followed up, not satisfied. */
const NOT_SATISFIED = ["不", "没", "沒", "未", "一般", "not", "un", "dis"].map(normalizeHeader);

/**
 * A 回访结果 / 满意度 cell: 非常满意, 满意, 基本满意, 比较满意 (or `satisfied`) are satisfied; 不满意, 很不满意,
 * 不太满意, 满意度一般, 一般, `not satisfied` are followed up and not satisfied; 未回访, 无人接听 are no follow-up; anything else is unknown (a warning, not
 * counted as followed up).
 * @example followUpOf("基本满意") === "satisfied"; followUpOf("不满意") === "not-satisfied"
 */
export function followUpOf(text: string): FollowUp {
  const t = normalizeHeader(text);
  if (NO_FOLLOW_UP.includes(t)) return "none";
  if (NEUTRAL.includes(t)) return "not-satisfied";
  if (!t.includes("满意") && !t.includes("滿意") && !t.includes("satisf")) return "unknown";
  return NOT_SATISFIED.some((word) => t.includes(word)) ? "not-satisfied" : "satisfied";
}

const CLOSED_WORDS = [
  "已完成",
  "完成",
  "已办结",
  "办结",
  "已处理",
  "已解决",
  "已关闭",
  "关闭",
  "结案",
  "已结案",
  "已回复",
  "closed",
  "done",
  "completed",
  "resolved",
].map(normalizeHeader);

/** True when a status cell says the item is finished (已完成, 已办结, 已处理, 已关闭, Closed). */
export function statusSaysClosed(text: string): boolean {
  return CLOSED_WORDS.includes(normalizeHeader(text));
}
