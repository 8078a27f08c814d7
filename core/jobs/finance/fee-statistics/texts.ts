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
  period: label("计费期间", "計費期間", "Billing period"),
  charged: label("向住户收取", "向住戶收取", "Charged to residents"),
  paid: label("缴费金额", "繳費金額", "Paid to utility"),
  loss: label("损耗", "損耗", "Loss"),
  lossRate: label("损耗率", "損耗率", "Loss rate"),
  noBill: label("本月无缴费", "本月無繳費", "No bill this month"),
  lossRules: [
    label(
      "损耗 = 计费期间在本月结束的账单缴费金额 − 同一计费期间各月向住户收取（应收）；损耗率 = 损耗 ÷ 缴费金额。",
      "損耗 = 計費期間在本月結束的帳單繳費金額 − 同一計費期間各月向住戶收取（應收）；損耗率 = 損耗 ÷ 繳費金額。",
      "Loss = the bills whose billing period ends this month - what residents were charged for those months.",
    ),
    label(
      "账单未注明计费期间的，水费按缴费月及上月、电费按缴费当月计。",
      "帳單未註明計費期間的，水費按繳費月及上月、電費按繳費當月計。",
      "Loss rate = loss / paid. A bill without a period: water its month and the one before, electricity its month.",
    ),
    label(
      "本月无计费期间结束的账单的，显示“本月无缴费”，不计损耗。",
      "本月無計費期間結束的帳單的，顯示「本月無繳費」，不計損耗。",
      'With no bill whose period ends this month the row shows "No bill this month" and no loss.',
    ),
  ],
  bill: label(
    "{utility}缴费：{date} {amount} 元，计费期间 {period}（抄表期间 {written}）",
    "{utility}繳費：{date} {amount} 元，計費期間 {period}（抄表期間 {written}）",
    "{utility} bill: {date} {amount} yuan, billing period {period} (meter period {written})",
  ),
  billAssumed: label(
    "{utility}缴费：{date} {amount} 元，计费期间 {period}（未注明，按推定）",
    "{utility}繳費：{date} {amount} 元，計費期間 {period}（未註明，按推定）",
    "{utility} bill: {date} {amount} yuan, billing period {period} (none given: assumed)",
  ),
  billUnreadable: label(
    "{utility}缴费：{date} {amount} 元，计费期间 {period}（“{written}”无法识别，按推定）",
    "{utility}繳費：{date} {amount} 元，計費期間 {period}（「{written}」無法識別，按推定）",
    '{utility} bill: {date} {amount} yuan, billing period {period} ("{written}" could not be read: assumed)',
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
    "{utility}（{period}）：缴费 {paid} 元，向住户收取 {charged} 元，损耗 {loss} 元（{rate}）",
    "{utility}（{period}）：繳費 {paid} 元，向住戶收取 {charged} 元，損耗 {loss} 元（{rate}）",
    "{utility} ({period}): paid {paid} yuan, charged {charged} yuan, loss {loss} yuan ({rate})",
  ),
  summaryNoBill: label(
    "{utility}：本月无缴费，损耗 —",
    "{utility}：本月無繳費，損耗 —",
    "{utility}: No bill this month, loss —",
  ),
};
