import { label } from "../../../i18n/label";

/** Every word the fee statistics job prints, in each language. */
export const FEE_STATISTICS_TEXT = {
  jobTitle: label("费用统计", "費用統計", "Fee statistics"),
  jobDescription: label(
    "按收费项目统计本月应收、实收、收缴率、清欠、预收和月末欠费，水电费另计向供水供电单位缴付的金额和损耗",
    "按收費項目統計本月應收、實收、收繳率、清欠、預收和月末欠費，水電費另計向供水供電單位繳付的金額和損耗",
    "Per fee type: the month's receivable, collected, rate, arrears collected, prepaid and outstanding at month end; for water and electricity also what was paid to the utility and the loss",
  ),
  sheet: label("费用统计", "費用統計", "Fee statistics"),
  title: label(
    "物业管理费、电费、水费等费用统计表",
    "物業管理費、電費、水費等費用統計表",
    "Fee statistics: management fees, electricity, water and others",
  ),
  month: label("统计月份", "統計月份", "Month"),
  asOf: label("截止日期", "截止日期", "As of"),
  feeType: label("收费项目", "收費項目", "Fee type"),
  receivable: label("本月应收", "本月應收", "Receivable"),
  collected: label("本月实收", "本月實收", "Collected"),
  rate: label("收缴率", "收繳率", "Rate"),
  arrearsCollected: label("清欠金额", "清欠金額", "Arrears collected"),
  prepaid: label("预收", "預收", "Prepaid"),
  outstanding: label("月末欠费", "月末欠費", "Outstanding"),
  total: label("合计", "合計", "Total"),
  utilities: label("水电费损耗", "水電費損耗", "Water and electricity loss"),
  utility: label("项目", "項目", "Utility"),
  charged: label("向住户收取", "向住戶收取", "Charged to residents"),
  paid: label("缴供水/供电单位", "繳供水/供電單位", "Paid to the utility"),
  loss: label("损耗", "損耗", "Loss"),
  lossRate: label("损耗率", "損耗率", "Loss rate"),
  lossRule: label(
    "损耗 = 本月缴供水/供电单位金额 − 本月向住户收取（应收）；损耗率 = 损耗 ÷ 缴费金额。",
    "損耗 = 本月繳供水/供電單位金額 − 本月向住戶收取（應收）；損耗率 = 損耗 ÷ 繳費金額。",
    "Loss = paid to the utility this month - charged to residents this month; loss rate = loss / paid.",
  ),
  bill: label(
    "{utility}缴费：{date} {amount} 元（抄表期间 {period}）",
    "{utility}繳費：{date} {amount} 元（抄表期間 {period}）",
    "{utility} bill: {date} {amount} yuan (meter period {period})",
  ),
  signatures: [
    label("制表人", "製表人", "Prepared by"),
    label("客服部经理", "客服部經理", "CS manager"),
    label("项目负责人", "項目負責人", "Project head"),
  ],
  summary: label(
    "{month}：应收 {receivable} 元，实收 {collected} 元，收缴率 {rate}，月末欠费 {outstanding} 元",
    "{month}：應收 {receivable} 元，實收 {collected} 元，收繳率 {rate}，月末欠費 {outstanding} 元",
    "{month}: receivable {receivable} yuan, collected {collected} yuan, rate {rate}, outstanding {outstanding} yuan",
  ),
  summaryLoss: label(
    "{utility}：缴费 {paid} 元，向住户收取 {charged} 元，损耗 {loss} 元（{rate}）",
    "{utility}：繳費 {paid} 元，向住戶收取 {charged} 元，損耗 {loss} 元（{rate}）",
    "{utility}: paid {paid} yuan, charged {charged} yuan, loss {loss} yuan ({rate})",
  ),
};
