import { column, table } from "../../../table/declaration";
import { label } from "../../../i18n/label";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import { CHARGE_TABLE, FOLLOW_UP_TABLE, PAYMENT_TABLE, TARGET_TABLE } from "../../../receivables/inputs";

/**
 * The cashier's handover record (出纳交接): the money counted and taken over, per date and payment method.
 * Told apart from the payments (which have a unit, a fee type and 实收金额 / 金额) by its handover amount
 * column: 交接金额 and the like, never a bare 金额, so a payments list is never read as a handover sheet.
 * The method column is optional: a sheet without one (or an empty cell) counts as cash (现金).
 */
export const HANDOVER_TABLE = table({
  role: "handover",
  label: label("出纳交接表", "出納交接表", "cashier handover"),
  sheetNameHints: ["交接", "出纳", "handover", "cashier"],
  optional: true,
  columns: [
    column({
      key: "date",
      label: label("交接日期", "交接日期", "Handover date"),
      synonyms: ["交接日期", "移交日期", "上交日期", "解款日期", "日期", "Handover date", "Date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "method",
      label: label("收款方式", "收款方式", "Method"),
      synonyms: ["收款方式", "支付方式", "付款方式", "缴费方式", "交接方式", "Method", "Payment method"],
      type: "text",
      maxLength: 20,
    }),
    column({
      key: "amount",
      label: label("交接金额", "交接金額", "Amount handed over"),
      synonyms: [
        "交接金额",
        "实交金额",
        "上交金额",
        "移交金额",
        "交款金额",
        "清点金额",
        "实点金额",
        "Amount handed over",
        "Handed over",
      ],
      type: "money",
      required: true,
      valueRequired: true,
      limit: { sign: "nonNegative", onBreak: "reject" },
      // a 交款单's 交款金额（大写）| 交款金额（小写）: only its own names with 大写 / 小写, never a bare 大写
      words: { synonyms: [] },
    }),
  ],
});

/** The charges ledger, optional here: the week's list needs only the payments (charges only check their units). */
const OPTIONAL_CHARGES = { ...CHARGE_TABLE, optional: true };

/**
 * The weekly collection job's inputs: collection's tables (so each of its sheets is placed as that job
 * places it; only the payments are required), the holiday sheet, and the handover record.
 */
export const WEEKLY_COLLECTION_TABLES = [
  OPTIONAL_CHARGES,
  PAYMENT_TABLE,
  TARGET_TABLE,
  FOLLOW_UP_TABLE,
  HOLIDAY_TABLE,
  HANDOVER_TABLE,
] as const;
