import { label, type Label, type Lang } from "../../i18n/label";
import type { InventoryException, InventoryExceptionCode } from "./reconcile";

/** Every word the inventory job prints, in each language. */
export const INVENTORY_TEXT = {
  jobTitle: label("物资台账与盘点", "物資台帳與盤點", "Stock ledger and count"),
  jobDescription: label(
    "核对本月入库、出库和盘点，按月末一次加权平均计价，做物资台账、库存物资清单和季度台账",
    "核對本月入庫、出庫和盤點，按月末一次加權平均計價，做物資台帳、庫存物資清單和季度台帳",
    "Reconciles the month's receipts, issues and stock count at the monthly weighted average cost: the stock ledger, the stock list and the quarterly ledger",
  ),
  issuesTag: label("物资", "物資", "stock"),
  ledgerSheet: label("物资台账", "物資台帳", "Stock ledger"),
  ledgerTitle: label("物资台账（月度汇总）", "物資台帳（月度匯總）", "Stock ledger (monthly summary)"),
  stockListSheet: label("库存物资清单", "庫存物資清單", "Stock list"),
  stockListTitle: label("库存物资清单", "庫存物資清單", "Stock list"),
  exceptionsSheet: label("库存异常", "庫存異常", "Stock exceptions"),
  exceptionsTitle: label("物资台账异常清单", "物資台帳異常清單", "Stock ledger exceptions"),
  quarterSheet: label("季度物资台账", "季度物資台帳", "Quarterly ledger"),
  quarterTitle: label("季度物资台账", "季度物資台帳", "Quarterly stock ledger"),
  month: label("月份", "月份", "Month"),
  quarter: label("季度", "季度", "Quarter"),
  countDate: label("盘点日期", "盤點日期", "Count date"),
  countDateWhenBlank: label(
    "留空：取盘点表上的日期，没有则取 25 日（遇节假日提前），未到则取今天",
    "留空：取盤點表上的日期，沒有則取 25 日（遇節假日提前），未到則取今天",
    "Blank: the date on the count sheet, else the 25th (or the working day before), or today if that is earlier",
  ),
  item: label("物资名称", "物資名稱", "Item"),
  spec: label("规格", "規格", "Spec"),
  unit: label("单位", "單位", "Unit"),
  quantity: label("数量", "數量", "Qty"),
  amount: label("金额", "金額", "Amount"),
  opening: label("期初结存", "期初結存", "Opening"),
  received: label("本月入库", "本月入庫", "Received"),
  issued: label("本月出库", "本月出庫", "Issued"),
  receivedShort: label("入库", "入庫", "In "),
  issuedShort: label("出库", "出庫", "Out "),
  closing: label("期末结存", "期末結存", "Closing"),
  unitCost: label("加权单价", "加權單價", "Unit cost"),
  bookAtCount: label("盘点日账面", "盤點日帳面", "Book at count"),
  counted: label("实盘数量", "實盤數量", "Counted"),
  variance: label("盘盈(+)/盘亏(-)", "盤盈(+)/盤虧(-)", "Over (+) / short (-)"),
  countedQty: label("实存数量", "實存數量", "Quantity"),
  countedValue: label("金额", "金額", "Value"),
  remark: label("备注", "備註", "Remarks"),
  surplus: label("盘盈 {q}", "盤盈 {q}", "over by {q}"),
  shortage: label("盘亏 {q}", "盤虧 {q}", "short by {q}"),
  subtotal: label("小计", "小計", "Subtotal"),
  total: label("合计", "合計", "Total"),
  kind: label("异常类型", "異常類型", "Exception"),
  sheet: label("工作表", "工作表", "Sheet"),
  row: label("行号", "行號", "Row"),
  detail: label("说明", "說明", "Detail"),
  noExceptions: label("本月没有异常。", "本月沒有異常。", "No exceptions this month."),
  noMonthData: label(
    "{month} 没有台账数据（期初库存为 {opening} 月）。",
    "{month} 沒有台帳資料（期初庫存為 {opening} 月）。",
    "{month}: no ledger data (the opening stock is for {opening}).",
  ),
  ledgerNotes: label(
    "计价：月末一次加权平均；期末金额 = 期末数量 × 加权单价（四舍五入到分），出库金额 = 期初金额 + 入库金额 - 期末金额。盘盈以浅橙色、盘亏以浅红色标出。",
    "計價：月末一次加權平均；期末金額 = 期末數量 × 加權單價（四捨五入到分），出庫金額 = 期初金額 + 入庫金額 - 期末金額。盤盈以淺橙色、盤虧以淺紅色標出。",
    "Valued at the monthly weighted average: closing value = closing qty x unit cost (rounded to the fen); issued value = opening + received - closing. Overs shaded orange, shorts red.",
  ),
  ledgerSignatures: [
    label("制表人", "製表人", "Prepared by"),
    label("库管员", "庫管員", "Storekeeper"),
    label("项目负责人", "項目負責人", "Project head"),
  ],
  stockListSignatures: [
    label("盘点人", "盤點人", "Counted by"),
    label("项目负责人", "項目負責人", "Project head"),
  ],
  summary: label(
    "{month} 物资台账：{items} 项物资，期末金额 {closing} 元，盘点日 {countDate}，盘盈盘亏金额 {variance} 元，异常 {exceptions} 条",
    "{month} 物資台帳：{items} 項物資，期末金額 {closing} 元，盤點日 {countDate}，盤盈盤虧金額 {variance} 元，異常 {exceptions} 條",
    "{month} stock ledger: {items:item|items}, closing value {closing} yuan, counted on {countDate}, count variance {variance} yuan, {exceptions:exception|exceptions}",
  ),
  valueChart: label("本月物资金额", "本月物資金額", "Stock value this month"),
} as const;

/** What each exception is called on the exceptions sheet. */
export const EXCEPTION_NAMES: Record<InventoryExceptionCode, Label> = {
  negative_balance: label("出现负库存", "出現負庫存", "Negative balance"),
  unsigned_issue: label("领料单未签字", "領料單未簽字", "Unsigned issue slip"),
  rejected_receipt: label("验收不合格", "驗收不合格", "Rejected receipt"),
  unplanned_receipt: label("计划外入库", "計劃外入庫", "Unplanned receipt"),
  emergency_purchase: label("应急采购", "應急採購", "Emergency purchase"),
  over_plan: label("超计划入库", "超計劃入庫", "Received over plan"),
  count_without_ledger: label("账外盘盈", "帳外盤盈", "Counted, not in ledger"),
  not_counted: label("未盘点", "未盤點", "Not counted"),
  unknown_cost: label("无法计价", "無法計價", "Unknown cost"),
};

const DETAILS: Record<InventoryExceptionCode, Label> = {
  negative_balance: label(
    "{date} 结存为 {balance}：领用早于入库",
    "{date} 結存為 {balance}：領用早於入庫",
    "Balance {balance} on {date}: issued before received",
  ),
  unsigned_issue: label(
    "{date} 领料单{slip} 缺少{missing}签字",
    "{date} 領料單{slip} 缺少{missing}簽字",
    "Slip{slip} of {date} lacks the {missing} signature",
  ),
  rejected_receipt: label(
    "{date} 入库单{slip}，数量 {quantity}，验收不合格，未入库{returnBy}",
    "{date} 入庫單{slip}，數量 {quantity}，驗收不合格，未入庫{returnBy}",
    "Receipt{slip} of {date}, {quantity}, refused at inspection; not in stock{returnBy}",
  ),
  unplanned_receipt: label(
    "{date} 入库 {quantity}，金额 {amount} 元，不在本月采购计划内（500 元及以上）",
    "{date} 入庫 {quantity}，金額 {amount} 元，不在本月採購計劃內（500 元及以上）",
    "Received {quantity} on {date} for {amount}, not in this month's plan (500.00 or more)",
  ),
  emergency_purchase: label(
    "{date} 入库 {quantity}，金额 {amount} 元，计划外不足 500 元，按应急采购列示",
    "{date} 入庫 {quantity}，金額 {amount} 元，計劃外不足 500 元，按應急採購列示",
    "Received {quantity} on {date} for {amount}: outside the plan but under 500.00, listed as an emergency purchase",
  ),
  over_plan: label(
    "计划 {planned}，本月入库 {received}，超出 {excess}（自 {date} 起）",
    "計劃 {planned}，本月入庫 {received}，超出 {excess}（自 {date} 起）",
    "Planned {planned}, received {received}: {excess} over plan (from {date})",
  ),
  count_without_ledger: label(
    "实盘 {counted}，台账中没有该物资",
    "實盤 {counted}，台帳中沒有該物資",
    "Counted {counted}, but the ledger has no such item",
  ),
  not_counted: label(
    "盘点日账面 {bookAtCount}，盘点表中没有",
    "盤點日帳面 {bookAtCount}，盤點表中沒有",
    "Book balance {bookAtCount} on the count date, but not on the count sheet",
  ),
  unknown_cost: label("{reason}，按零计价", "{reason}，按零計價", "{reason}; valued at zero"),
};

const MISSING: Record<string, Label> = {
  taker: label("领用人", "領用人", "taker"),
  approver: label("项目负责人", "項目負責人", "approver"),
  "taker,approver": label("领用人和项目负责人", "領用人和項目負責人", "taker and approver"),
};

const COST_REASONS: Record<string, Label> = {
  no_opening_no_receipts: label("没有期初和入库", "沒有期初和入庫", "No opening stock and no receipts"),
  opening_value_missing: label(
    "期初没有金额或单价",
    "期初沒有金額或單價",
    "The opening stock has no value or unit cost",
  ),
  receipt_amount_missing: label(
    "入库没有金额或单价",
    "入庫沒有金額或單價",
    "A receipt has no amount or unit price",
  ),
  no_stock_to_value: label("期初加入库数量为零", "期初加入庫數量為零", "Opening plus receipts is zero"),
};

const RETURN_BY = label("，退换期限 {date}", "，退換期限 {date}", "; return by {date}");
const AMOUNT_UNKNOWN = label("未知", "未知", "unknown");

/** One exception explained in a line, in the reader's language. */
export function exceptionDetail(exception: InventoryException, lang: Lang): string {
  const p: Readonly<Record<string, string | undefined>> = exception.params;
  const values: Record<string, string | undefined> = { ...p };
  values["slip"] = p["slip"] === undefined ? "" : ` ${p["slip"]}`;
  values["returnBy"] = p["returnBy"] === undefined ? "" : RETURN_BY[lang].replace("{date}", p["returnBy"]);
  values["amount"] = p["amount"] ?? AMOUNT_UNKNOWN[lang];
  if (p["missing"] !== undefined) values["missing"] = MISSING[p["missing"]]?.[lang] ?? p["missing"];
  if (p["reason"] !== undefined) values["reason"] = COST_REASONS[p["reason"]]?.[lang] ?? p["reason"];
  return DETAILS[exception.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
