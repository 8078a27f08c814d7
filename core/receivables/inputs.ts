import { column, IN_FIGURES, IN_WORDS, table } from "../table/declaration";
import { label } from "../i18n/label";
import { LEDGER_MONTH_COLUMNS, LEDGER_MONTHS_GROUP } from "./ledgerMonths";

const UNIT = {
  key: "unit",
  label: label("房号", "房號", "Unit"),
  synonyms: ["房号", "单元", "户号", "房间号", "房屋编号", "单元号", "Unit", "Unit no.", "Room"],
  type: "text",
  required: true,
  valueRequired: true,
  maxLength: 50,
} as const;

const FEE_TYPE = {
  key: "feeType",
  label: label("收费项目", "收費項目", "Fee type"),
  synonyms: [
    "收费项目",
    "费用类型",
    "费用名称",
    "项目",
    "费用项目",
    "收费类型",
    "Fee type",
    "Fee",
    "Charge type",
  ],
  type: "text",
  required: true,
  valueRequired: true,
  maxLength: 50,
} as const;

const PERIOD_SYNONYMS = ["所属期间", "计费期间", "账期", "所属月份", "计费月份", "Period", "Billing period"];

/**
 * The charges ledger (应收 / 收费台账): one row per unit, fee type and billing month. Told apart from the
 * payments by its required billing period and amount due (a payment sheet has a date instead). A sheet of one
 * month's charges may leave the period column out and say the month above the table (`所属月份：2026-11`, or a
 * title `2026年11月 收费明细`).
 */
export const CHARGE_TABLE = table({
  role: "charges",
  label: label("收费台账（应收）", "收費台帳（應收）", "charges ledger"),
  sheetNameHints: ["应收", "收费台账", "收费明细", "计费", "charges", "billing"],
  keyColumns: ["unit", "customer", "feeType", "period"],
  context: [{ field: "period", labels: [...PERIOD_SYNONYMS, "月份"], titleMonth: true }],
  columns: [
    column(UNIT),
    column({
      key: "customer",
      label: label("业主", "業主", "Customer"),
      synonyms: ["业主", "客户", "姓名", "业主姓名", "客户名称", "户名", "Customer", "Owner"],
      type: "text",
      maxLength: 100,
    }),
    column(FEE_TYPE),
    column({
      key: "period",
      label: label("所属期间", "所屬期間", "Period"),
      synonyms: PERIOD_SYNONYMS,
      type: "month",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "amountDue",
      label: label("应收金额", "應收金額", "Amount due"),
      synonyms: ["应收金额", "应收", "金额", "应收款", "应缴金额", "Amount due"],
      type: "money",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "dueDate",
      label: label("到期日", "到期日", "Due date"),
      synonyms: ["到期日", "应缴日期", "到期日期", "缴费截止日", "截止日期", "Due date"],
      type: "date",
    }),
  ],
});

/**
 * The payments (实收 / 收款明细): one row per receipt line; a negative amount is a refund (红冲). Told apart
 * from the charges by its required payment date.
 */
export const PAYMENT_TABLE = table({
  role: "payments",
  label: label("收款明细（实收）", "收款明細（實收）", "payments list"),
  sheetNameHints: ["实收", "收款明细", "收款记录", "缴费记录", "收据", "payments", "receipts"],
  keyColumns: ["receipt", "date", "unit", "feeType"],
  columns: [
    column({
      key: "receipt",
      label: label("收据号", "收據號", "Receipt no."),
      synonyms: [
        "收据号",
        "票据号",
        "收据编号",
        "票据编号",
        "单据号",
        "Receipt no.",
        "Receipt",
        "Receipt number",
      ],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "date",
      label: label("收款日期", "收款日期", "Date"),
      synonyms: ["收款日期", "日期", "缴费日期", "交款日期", "Date", "Payment date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column(UNIT),
    column(FEE_TYPE),
    column({
      key: "period",
      label: label("所属期间", "所屬期間", "Period"),
      synonyms: [...PERIOD_SYNONYMS, "缴费期间", "Period paid"],
      type: "month",
    }),
    column({
      key: "amount",
      label: label("实收金额", "實收金額", "Amount"),
      synonyms: ["实收金额", "金额", "实收", "收款金额", "缴费金额", "Amount", "Amount paid", ...IN_FIGURES],
      type: "money",
      required: true,
      valueRequired: true,
      // a receipt's 人民币（大写）beside its 小写 figures, copied into the list
      words: IN_WORDS,
    }),
    column({
      key: "method",
      label: label("收款方式", "收款方式", "Method"),
      synonyms: ["收款方式", "支付方式", "付款方式", "缴费方式", "Method", "Payment method"],
      type: "text",
      maxLength: 20,
    }),
  ],
});

/** The year's target collection rates (年初计划指标): one row per fee type. */
export const TARGET_TABLE = table({
  role: "targets",
  label: label("收缴率指标", "收繳率指標", "collection targets"),
  sheetNameHints: ["指标", "目标", "targets", "target"],
  single: true,
  optional: true,
  columns: [
    column(FEE_TYPE),
    column({
      key: "rate",
      label: label("目标收缴率", "目標收繳率", "Target"),
      synonyms: [
        "目标收缴率",
        "计划指标",
        "年度指标",
        "收缴率指标",
        "计划收缴率",
        "目标",
        "指标",
        "Target",
        "Target rate",
      ],
      type: "rate",
      required: true,
      valueRequired: true,
    }),
  ],
});

/** The clerk's follow-up notes (催缴跟进): why a unit has not paid a fee and when it expects to. */
export const FOLLOW_UP_TABLE = table({
  role: "follow-ups",
  label: label("催缴跟进记录", "催繳跟進記錄", "follow-up notes"),
  sheetNameHints: ["催缴", "跟进", "催收", "follow"],
  optional: true,
  columns: [
    column(UNIT),
    column(FEE_TYPE),
    column({
      key: "reason",
      label: label("未收原因", "未收原因", "Reason"),
      synonyms: ["未收原因", "原因", "欠费原因", "未缴原因", "Reason"],
      type: "text",
      required: true,
    }),
    column({
      key: "expectedDate",
      label: label("预计交款时间", "預計交款時間", "Expected date"),
      synonyms: [
        "预计交款时间",
        "预计交款日期",
        "预计缴费日期",
        "承诺交款日期",
        "预计交款日",
        "Expected date",
        "Expected payment date",
      ],
      type: "date",
    }),
  ],
});

/**
 * The month-wide fee ledger (收费台账, months as columns): one row per unit (or unit and fee type), a column per
 * month holding what was paid for it (`√` / `已缴` for in full), or 应收 | 实收 under each month; the charge of a
 * month is 月应收 (or 面积 × 单价) or its own 应收. Read by `readFeeLedgers` into the same charges and payments the
 * two lists give; told from them by its month columns, any of which will do.
 */
export const FEE_LEDGER_TABLE = table({
  role: "fee-ledger",
  label: label("收费台账（月份为列）", "收費台帳（月份為欄）", "fee ledger (months as columns)"),
  sheetNameHints: ["收费台账", "收缴台账", "缴费台账", "收费登记", "fee ledger"],
  optional: true,
  // told by its month columns: a sheet sharing only a unit and a customer with it is no ledger
  placedWhenComplete: true,
  keyColumns: ["unit", "customer", "feeType"],
  requiredGroups: [LEDGER_MONTHS_GROUP],
  columns: [
    // a car park's ledger is kept by parking space
    column({ ...UNIT, synonyms: [...UNIT.synonyms, "车位号", "车位编号"] }),
    column({
      key: "customer",
      label: label("业主", "業主", "Customer"),
      synonyms: ["业主", "客户", "姓名", "业主姓名", "客户名称", "户名", "Customer", "Owner"],
      type: "text",
      maxLength: 100,
    }),
    column({ ...FEE_TYPE, required: false, valueRequired: false }),
    column({
      key: "monthlyDue",
      label: label("月应收", "月應收", "Monthly charge"),
      synonyms: [
        "月应收",
        "每月应收",
        "月应收额",
        "月应收金额",
        "月应缴",
        "每月应缴",
        "月收费",
        "月收费额",
        "月费用",
        "月缴费额",
        "Monthly charge",
        "Monthly fee",
      ],
      type: "money",
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "area",
      label: label("面积", "面積", "Area"),
      synonyms: ["面积", "建筑面积", "计费面积", "收费面积", "房屋面积", "Area"],
      type: "quantity",
      limit: { sign: "positive", onBreak: "warn" },
    }),
    column({
      key: "unitPrice",
      label: label("单价", "單價", "Unit price"),
      synonyms: ["单价", "收费单价", "物业费单价", "月单价", "Unit price", "Price"],
      type: "decimal",
      limit: { sign: "positive", onBreak: "warn" },
    }),
    column({
      key: "dueRule",
      label: label("缴费期限", "繳費期限", "Payment deadline"),
      synonyms: ["缴费期限", "缴费截止日", "缴费截止", "每月缴费日", "到期日", "Payment deadline"],
      type: "text",
      maxLength: 30,
    }),
    column({
      key: "dueTotal",
      label: label("应收合计", "應收合計", "Total due"),
      synonyms: [
        "应收合计",
        "合计应收",
        "全年应收",
        "年应收",
        "累计应收",
        "应收总额",
        "年度应收",
        "Total due",
      ],
      type: "money",
    }),
    column({
      key: "paidTotal",
      label: label("已收合计", "已收合計", "Total paid"),
      synonyms: [
        "已收合计",
        "实收合计",
        "合计实收",
        "合计已收",
        "已缴合计",
        "累计已收",
        "累计实收",
        "全年实收",
        "已收总额",
        "缴费合计",
        "Total paid",
      ],
      type: "money",
    }),
    column({
      key: "owedTotal",
      label: label("欠费", "欠費", "Owed"),
      synonyms: [
        "欠费",
        "欠费合计",
        "合计欠费",
        "欠费金额",
        "累计欠费",
        "欠缴合计",
        "欠缴金额",
        "未缴合计",
        "尚欠金额",
        "Owed",
        "Arrears",
      ],
      type: "money",
    }),
    ...LEDGER_MONTH_COLUMNS,
  ],
});

/** The charges and payments as the jobs that take a month-wide ledger instead of them declare them. */
const CHARGES_OR_LEDGER = { ...CHARGE_TABLE, satisfiedBy: [FEE_LEDGER_TABLE.role] };
const PAYMENTS_OR_LEDGER = { ...PAYMENT_TABLE, satisfiedBy: [FEE_LEDGER_TABLE.role] };

/**
 * The collection job's input tables, in the order they are read: the charges and payments, which a month-wide
 * fee ledger may stand in for (the weekly list, which needs payment dates, declares them without it), the ledger,
 * the targets and the follow-up notes.
 */
export const COLLECTION_TABLES = [
  CHARGES_OR_LEDGER,
  PAYMENTS_OR_LEDGER,
  FEE_LEDGER_TABLE,
  TARGET_TABLE,
  FOLLOW_UP_TABLE,
] as const;
