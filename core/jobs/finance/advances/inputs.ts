import { column, IN_FIGURES, IN_WORDS, table } from "../../../table/declaration";
import { label } from "../../../i18n/label";

const SIGNATURE = { type: "text", maxLength: 50 } as const;

const PROJECT_HEAD = column({
  key: "projectHeadSign",
  label: label("项目负责人", "項目負責人", "Project head"),
  synonyms: ["项目负责人", "项目负责人签字", "项目经理签字", "Project head"],
  ...SIGNATURE,
});

const DEPUTY_GM = column({
  key: "deputyGmSign",
  label: label("副总经理", "副總經理", "Deputy GM"),
  synonyms: ["副总经理", "副总经理签字", "副总签字", "副总", "Deputy GM"],
  ...SIGNATURE,
});

const GM = column({
  key: "gmSign",
  label: label("总经理", "總經理", "GM"),
  synonyms: ["总经理", "总经理签字", "总经理审批", "General manager", "GM"],
  ...SIGNATURE,
});

const AMOUNT_SYNONYMS = ["金额", "Amount"];

/**
 * Loan slips (借款单): money borrowed from finance to pay a bill before its invoice arrives, with the four
 * signatures (a signature is any non-empty cell). Told apart from the vouchers by its required loan number
 * and borrower, and from the stock issues (日期 / 单号 / 项目负责人) by its borrower and amount.
 */
export const LOAN_TABLE = table({
  role: "loans",
  label: label("借款单", "借款單", "loan slips"),
  sheetNameHints: ["借款", "借支", "loan"],
  columns: [
    column({
      key: "number",
      label: label("单号", "單號", "Loan no."),
      synonyms: ["单号", "借款单号", "借款单编号", "编号", "Loan no.", "Loan number"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 50,
    }),
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "借款日期", "Date", "Loan date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "borrower",
      label: label("借款人", "借款人", "Borrower"),
      synonyms: ["借款人", "借款人姓名", "Borrower"],
      type: "text",
      required: true,
      maxLength: 50,
    }),
    column({
      key: "purpose",
      label: label("用途", "用途", "Purpose"),
      synonyms: ["用途", "借款用途", "借款事由", "事由", "Purpose"],
      type: "text",
      maxLength: 200,
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      // the figures (小写: 借款金额小写, 小写金额) are the amount, checked against the words (大写: 借款金额大写,
      // 人民币（大写）) when the slip has both, and read from the words when it has only those
      synonyms: [...AMOUNT_SYNONYMS, "借款金额", "Loan amount", ...IN_FIGURES],
      type: "money",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
      words: IN_WORDS,
    }),
    column({
      key: "borrowerSign",
      label: label("借款人签字", "借款人簽字", "Borrower signature"),
      synonyms: ["借款人签字", "借款人签名", "借款人签章", "Borrower signature"],
      ...SIGNATURE,
    }),
    PROJECT_HEAD,
    DEPUTY_GM,
    GM,
  ],
});

/**
 * Expense vouchers (支出凭证): an invoice that offsets a loan (充借款单), with the four signatures. Told apart
 * from the loans by its required loan-reference column (对应借款单号), which a loan sheet does not have.
 */
export const VOUCHER_TABLE = table({
  role: "vouchers",
  label: label("支出凭证", "支出憑證", "expense vouchers"),
  sheetNameHints: ["支出凭证", "凭证", "报销", "voucher", "expense"],
  optional: true,
  columns: [
    column({
      key: "voucher",
      label: label("凭证号", "憑證號", "Voucher no."),
      synonyms: ["凭证号", "凭证编号", "凭证字号", "Voucher no.", "Voucher"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "凭证日期", "报销日期", "Date", "Voucher date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "invoice",
      label: label("发票号", "發票號", "Invoice no."),
      synonyms: ["发票号", "发票号码", "发票编号", "Invoice no.", "Invoice"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: [...AMOUNT_SYNONYMS, "报销金额", "凭证金额", "冲销金额", "Voucher amount", ...IN_FIGURES],
      type: "money",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
      // 报销单: 报销金额 over 大写 | 小写, 金额（大写）| 金额（小写）, 合计金额大写
      words: { synonyms: [...IN_WORDS.synonyms, "合计大写", "合计金额大写", "报销合计大写"] },
    }),
    column({
      key: "loan",
      label: label("对应借款单号", "對應借款單號", "Loan offset"),
      synonyms: [
        "对应借款单号",
        "冲借款单号",
        "充借款单号",
        "冲销借款单号",
        "所冲借款单号",
        "对应借款单",
        "冲借款单",
        "充借款单",
        "Loan offset",
        "Offsets loan",
      ],
      type: "text",
      required: true,
      maxLength: 50,
    }),
    column({
      key: "handlerSign",
      label: label("经办人", "經辦人", "Handler"),
      synonyms: ["经办人", "经办人签字", "经手人", "Handler"],
      ...SIGNATURE,
    }),
    PROJECT_HEAD,
    DEPUTY_GM,
    GM,
  ],
});

/** The advances job's input tables, in the order they are read. */
export const ADVANCES_TABLES = [LOAN_TABLE, VOUCHER_TABLE] as const;

/** Labels above a table that name the project (`项目：阳光花园`). */
export const PROJECT_LABELS = ["项目", "项目名称", "管理处", "project"];
