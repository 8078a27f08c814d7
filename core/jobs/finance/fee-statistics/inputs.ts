import { column, table } from "../../../table/declaration";
import { label } from "../../../i18n/label";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import { COLLECTION_TABLES } from "../../../receivables/inputs";

/**
 * What the project paid the water company and the power bureau (水电费缴费): date paid, utility (水 / 电),
 * bill amount, and the billing period the bill covers - one cell (抄表期间 `2026-09~2026-10`) or a start and
 * an end column (起始月份 / 截止月份, 抄表起 / 抄表止) holding months or meter-reading days. Told apart from the payments (unit, fee type, 收款日期) and the holiday
 * sheet (日期 + 类型) by its payment-date, bill-amount and meter-period headers: write 缴费日期 rather than
 * a bare 日期, since a sheet headed 日期 and 类型 is also a complete holiday sheet.
 */
export const UTILITY_BILL_TABLE = table({
  role: "utility-bills",
  label: label("水电费缴费记录", "水電費繳費記錄", "utility bills"),
  sheetNameHints: ["水电", "水费", "电费", "供水", "供电", "utility", "utilities"],
  optional: true,
  // 一、水费 above the rows of a sheet without a type column
  sections: [{ field: "utility" }],
  columns: [
    column({
      key: "date",
      label: label("缴费日期", "繳費日期", "Date paid"),
      synonyms: [
        "缴费日期",
        "付款日期",
        "支付日期",
        "交费日期",
        "缴纳日期",
        "付费日期",
        "Date paid",
        "Paid on",
      ],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "utility",
      label: label("类型", "類型", "Utility"),
      synonyms: ["类型", "水电类型", "费用类别", "缴费类型", "能源类型", "Utility", "Type"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 20,
    }),
    column({
      key: "amount",
      label: label("账单金额", "帳單金額", "Bill amount"),
      synonyms: ["账单金额", "缴费金额", "付款金额", "支付金额", "缴纳金额", "金额", "Bill amount", "Amount"],
      type: "money",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "meterPeriod",
      label: label("抄表期间", "抄表期間", "Meter period"),
      synonyms: [
        "抄表期间",
        "抄表周期",
        "用量期间",
        "账单期间",
        "计量期间",
        "计费期间",
        "计费周期",
        "起止月份",
        "起止日期",
        "抄表起止",
        "所属期间",
        "所属月份",
        "Meter period",
        "Reading period",
        "Billing period",
      ],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "periodFrom",
      label: label("起始月份", "起始月份", "Period from"),
      synonyms: [
        "起始月份",
        "开始月份",
        "抄表起",
        "抄表起始",
        "抄表起始日期",
        "上次抄表日期",
        "计费起始",
        "计费开始",
        "From month",
      ],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "periodTo",
      label: label("截止月份", "截止月份", "Period to"),
      synonyms: [
        "截止月份",
        "结束月份",
        "终止月份",
        "抄表止",
        "抄表截止",
        "抄表截止日期",
        "本次抄表日期",
        "计费截止",
        "计费结束",
        "To month",
      ],
      type: "text",
      maxLength: 30,
    }),
  ],
});

/** The fee statistics job's inputs: collection's tables, the holiday sheet (placed, not read), and the utility bills. */
export const FEE_STATISTICS_TABLES = [...COLLECTION_TABLES, HOLIDAY_TABLE, UTILITY_BILL_TABLE] as const;
