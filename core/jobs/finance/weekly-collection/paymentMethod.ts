import { label, type Label, type Lang } from "../../../i18n/label";
import { normalizeHeader } from "../../../values/text";

/** Cash (现金): what the cashier counts, and the method of a handover row that names none. */
export const CASH_METHOD = "现金";

/** A payment method the office names in one standard way, with the spellings clerks type for it. */
interface StandardMethod {
  name: string;
  label: Label;
  spellings: readonly string[];
}

/** The standard methods (docs/jobs/weekly-collection.md#payment-methods), in the order the weekly list shows them. */
const STANDARD_METHODS: readonly StandardMethod[] = [
  {
    name: CASH_METHOD,
    label: label("现金", "現金", "Cash"),
    spellings: ["现金", "现款", "现钞", "cash"],
  },
  {
    name: "微信",
    label: label("微信", "微信", "WeChat"),
    spellings: ["微信", "微信支付", "微信扫码", "微信转账", "wechat", "wechatpay", "weixin"],
  },
  {
    name: "支付宝",
    label: label("支付宝", "支付寶", "Alipay"),
    spellings: ["支付宝", "支付宝支付", "支付宝扫码", "支付宝转账", "alipay"],
  },
  {
    name: "银行卡/POS",
    label: label("银行卡/POS", "銀行卡/POS", "Bank card/POS"),
    spellings: [
      "银行卡/pos",
      "银行卡",
      "刷卡",
      "pos",
      "pos机",
      "pos刷卡",
      "银联",
      "银联卡",
      "借记卡",
      "信用卡",
      "bankcard",
      "card",
      "unionpay",
    ],
  },
  {
    name: "转账",
    label: label("转账", "轉帳", "Transfer"),
    spellings: ["转账", "银行转账", "对公转账", "汇款", "电汇", "网银", "transfer", "banktransfer"],
  },
];

/** The method of payments whose method cell is empty. */
export const METHOD_NOT_STATED = "未注明";

const NOT_STATED_LABEL = label("未注明", "未註明", "Not stated");

const BY_SPELLING = new Map<string, StandardMethod>(
  STANDARD_METHODS.flatMap((m) => m.spellings.map((s) => [normalizeHeader(s), m] as const)),
);
const RANK = new Map<string, number>(STANDARD_METHODS.map((m, i) => [m.name, i]));
const collator = new Intl.Collator("zh-CN");

/**
 * The standard name of a payment method as typed (Simplified or Traditional, any case, spaces and one
 * bracketed note ignored): 现金, 微信, 支付宝, 银行卡/POS or 转账; an unknown method is kept as written
 * (trimmed); an empty one is {@link METHOD_NOT_STATED}.
 * @example paymentMethod("POS机") === "银行卡/POS"
 */
export function paymentMethod(typed: string | null): string {
  const text = typed?.trim() ?? "";
  if (text === "") return METHOD_NOT_STATED;
  return BY_SPELLING.get(normalizeHeader(text))?.name ?? text;
}

/** A method's name in the reader's language: the standard ones translated, unknown ones as written. */
export function methodLabel(method: string, lang: Lang): string {
  if (method === METHOD_NOT_STATED) return NOT_STATED_LABEL[lang];
  return STANDARD_METHODS.find((m) => m.name === method)?.label[lang] ?? method;
}

/** A method's name for an issue message: a Label for the standard ones (shown in the reader's language). */
export function methodParam(method: string): string | Label {
  if (method === METHOD_NOT_STATED) return NOT_STATED_LABEL;
  return STANDARD_METHODS.find((m) => m.name === method)?.label ?? method;
}

/** Orders methods: the standard ones in their order, then others in pinyin order, "not stated" last. */
export function compareMethods(a: string, b: string): number {
  return rankOf(a) - rankOf(b) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function rankOf(method: string): number {
  if (method === METHOD_NOT_STATED) return STANDARD_METHODS.length + 1;
  return RANK.get(method) ?? STANDARD_METHODS.length;
}
