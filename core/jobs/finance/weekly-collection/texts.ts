import { label } from "../../../i18n/label";

/** Every word the weekly collection job prints, in each language. */
export const WEEKLY_TEXT = {
  jobTitle: label("每周收费明细", "每週收費明細", "Weekly collection detail"),
  jobDescription: label(
    "汇总上周四至本周三所收各项费用（按日、收费项目、收款方式），检查收据号缺号和重号，与出纳交接金额核对",
    "彙總上週四至本週三所收各項費用（按日、收費項目、收款方式），檢查收據號缺號和重號，與出納交接金額核對",
    "The fees collected from last Thursday to this Wednesday by day, fee type and payment method; receipt numbers checked for gaps and duplicates; the cashier's handover compared",
  ),
  sheet: label("收费明细", "收費明細", "Receipts"),
  title: label("每周收费明细表", "每週收費明細表", "Weekly collection detail"),
  period: label("收款期间", "收款期間", "Period"),
  thursday: label("星期四", "星期四", "Thu"),
  wednesday: label("星期三", "星期三", "Wed"),
  handoverDay: label("交出纳日期", "交出納日期", "To the cashier on"),
  date: label("日期", "日期", "Date"),
  method: label("收款方式", "收款方式", "Method"),
  amount: label("金额", "金額", "Amount"),
  total: label("合计", "合計", "Total"),
  daySubtotal: label("当日小计", "當日小計", "Day subtotal"),
  byMethod: label("按收款方式汇总", "按收款方式彙總", "By payment method"),
  handover: label("出纳交接核对", "出納交接核對", "Cashier handover check"),
  collected: label("本周收款", "本週收款", "Collected"),
  handedOver: label("交接金额", "交接金額", "Handed over"),
  difference: label("差额", "差額", "Difference"),
  gaps: label("收据号缺号：{list}", "收據號缺號：{list}", "Receipt numbers missing: {list}"),
  gapCount: label("（{count} 张）", "（{count} 張）", " ({count})"),
  duplicates: label("收据号重复：{list}", "收據號重複：{list}", "Receipt numbers used twice: {list}"),
  receiptsInOrder: label(
    "本周收据号连续，无缺号、重号。",
    "本週收據號連續，無缺號、重號。",
    "This week's receipt numbers run without gaps or duplicates.",
  ),
  handoverRule: label(
    "交接金额取交接日期在本周五至下周四的记录（本周四的交接属于上一周）；差额 = 交接金额 − 本周收款。",
    "交接金額取交接日期在本週五至下週四的記錄（本週四的交接屬於上一週）；差額 = 交接金額 − 本週收款。",
    "Handovers dated from this Friday to next Thursday count (this Thursday's belongs to last week); difference = handed over - collected.",
  ),
  signatures: [label("经手人", "經手人", "Handled by"), label("出纳", "出納", "Cashier")],
  summary: label(
    "{from}～{to}：收款 {total} 元（{count} 笔），收据缺号 {gaps} 处、重号 {duplicates} 个",
    "{from}～{to}：收款 {total} 元（{count} 筆），收據缺號 {gaps} 處、重號 {duplicates} 個",
    "{from} to {to}: {total} yuan collected ({count} payments), {gaps} receipt gaps, {duplicates} duplicate receipts",
  ),
  summaryHandover: label(
    "出纳交接差额 {difference} 元",
    "出納交接差額 {difference} 元",
    "cashier handover difference {difference} yuan",
  ),
};
