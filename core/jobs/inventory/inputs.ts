import { column, table } from "../../table/declaration";
import { label } from "../../i18n/label";
import { CATEGORY_COLUMN, ITEM_COLUMN, SPEC_COLUMN, UNIT_COLUMN } from "../../table/itemColumns";
import { DEPARTMENT_NAMES, departmentInName } from "../../table/sections";

/** The columns that say what a goods row is about: a row with none of them is a heading or a total. */
const GOODS_KEYS = ["item", "spec", "unit"] as const;

/**
 * Opening stock (期初库存): one row per item with its quantity and, when known, its value or unit cost.
 * Told apart from the count by its opening quantity and amount columns and its sheet name.
 */
export const OPENING_TABLE = table({
  role: "opening",
  label: label("期初库存", "期初庫存", "opening stock"),
  sheetNameHints: ["期初", "上月结存", "opening"],
  single: true,
  optional: true,
  sections: [{ field: "category" }],
  keyColumns: GOODS_KEYS,
  columns: [
    CATEGORY_COLUMN,
    ITEM_COLUMN,
    SPEC_COLUMN,
    UNIT_COLUMN,
    column({
      key: "quantity",
      label: label("期初数量", "期初數量", "Opening quantity"),
      synonyms: ["期初数量", "结存数量", "期初结存数量", "上月结存数量", "数量", "Opening quantity", "Qty"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "unitCost",
      label: label("单位成本", "單位成本", "Unit cost"),
      synonyms: ["单位成本", "单价", "期初单价", "Unit cost"],
      type: "decimal",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
    column({
      key: "amount",
      label: label("期初金额", "期初金額", "Opening amount"),
      synonyms: ["期初金额", "结存金额", "金额", "Opening amount", "Amount"],
      type: "money",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
  ],
});

/**
 * Receipts (入库 / 入库明细): goods arrived, with the acceptance result. Told apart from the issues by its
 * receipt quantity, price and acceptance columns and its sheet name. A 收发存 ledger stands in for it.
 */
export const RECEIPT_TABLE = table({
  role: "receipts",
  label: label("入库明细", "入庫明細", "receipts"),
  sheetNameHints: ["入库", "收货", "stock in", "goods received"],
  satisfiedBy: ["stock-ledger"],
  keyColumns: ["date", "slip", ...GOODS_KEYS],
  columns: [
    column({
      key: "date",
      label: label("入库日期", "入庫日期", "Receipt date"),
      synonyms: ["入库日期", "日期", "收货日期", "Date", "Receipt date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "slip",
      label: label("入库单号", "入庫單號", "Receipt slip"),
      synonyms: ["入库单号", "单号", "入库单编号", "Slip", "Slip no."],
      type: "text",
      maxLength: 50,
    }),
    ITEM_COLUMN,
    SPEC_COLUMN,
    UNIT_COLUMN,
    column({
      key: "quantity",
      label: label("入库数量", "入庫數量", "Quantity received"),
      synonyms: ["入库数量", "数量", "收货数量", "Quantity received", "Qty"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "unitPrice",
      label: label("单价", "單價", "Unit price"),
      synonyms: ["单价", "入库单价", "Unit price", "Price"],
      type: "decimal",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: ["金额", "入库金额", "Amount"],
      type: "money",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
    column({
      key: "accepted",
      label: label("验收结果", "驗收結果", "Inspection"),
      synonyms: ["验收结果", "验收", "验收情况", "验收意见", "是否合格", "Inspection", "Accepted"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "returnBy",
      label: label("退换期限", "退換期限", "Return by"),
      synonyms: ["退换期限", "退货期限", "退换货期限", "Return by", "Return deadline"],
      type: "date",
    }),
  ],
});

/**
 * Issues (出库 / 领料): goods taken by a department on a requisition slip. Told apart from the receipts
 * by its issue quantity, department, taker and approver columns and its sheet name. A 收发存 ledger stands in for it.
 */
export const ISSUE_TABLE = table({
  role: "issues",
  label: label("出库明细", "出庫明細", "stock issues"),
  sheetNameHints: ["出库", "领料", "领用", "stock out", "requisition"],
  satisfiedBy: ["stock-ledger"],
  sections: [{ field: "department", names: DEPARTMENT_NAMES }],
  // else `领用部门：工程部` above the table, else a sheet named 工程部领料单
  context: [
    {
      field: "department",
      labels: ["领用部门", "部门", "使用部门", "department"],
      sheetName: departmentInName,
    },
  ],
  keyColumns: ["date", "slip", ...GOODS_KEYS],
  columns: [
    column({
      key: "date",
      label: label("出库日期", "出庫日期", "Issue date"),
      synonyms: ["出库日期", "日期", "领用日期", "领料日期", "Date", "Issue date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "slip",
      label: label("领料单号", "領料單號", "Requisition slip"),
      synonyms: ["领料单号", "出库单号", "单号", "Slip", "Slip no."],
      type: "text",
      maxLength: 50,
    }),
    ITEM_COLUMN,
    SPEC_COLUMN,
    UNIT_COLUMN,
    column({
      key: "quantity",
      label: label("出库数量", "出庫數量", "Quantity issued"),
      synonyms: ["出库数量", "领用数量", "领料数量", "数量", "Quantity issued", "Qty"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "department",
      label: label("领用部门", "領用部門", "Department"),
      synonyms: ["领用部门", "部门", "使用部门", "Department", "Dept"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "taker",
      label: label("领用人", "領用人", "Taken by"),
      synonyms: ["领用人", "领料人", "Taken by", "Taker"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "approver",
      label: label("项目负责人", "項目負責人", "Approved by"),
      synonyms: ["项目负责人", "审批人", "负责人", "Approved by", "Approver"],
      type: "text",
      maxLength: 50,
    }),
  ],
});

/**
 * The stock count (盘点): the quantity counted per item on the count date. Told apart from the opening
 * stock by its counted quantity column and its sheet name.
 */
export const COUNT_TABLE = table({
  role: "count",
  label: label("盘点表", "盤點表", "stock count"),
  sheetNameHints: ["盘点", "盘存", "stock count"],
  sections: [{ field: "category" }],
  keyColumns: GOODS_KEYS,
  columns: [
    column({
      key: "date",
      label: label("盘点日期", "盤點日期", "Count date"),
      synonyms: ["盘点日期", "日期", "Count date", "Date"],
      type: "date",
    }),
    CATEGORY_COLUMN,
    ITEM_COLUMN,
    SPEC_COLUMN,
    UNIT_COLUMN,
    column({
      key: "quantity",
      label: label("实盘数量", "實盤數量", "Counted quantity"),
      synonyms: ["实盘数量", "盘点数量", "实存数量", "数量", "Counted quantity", "Qty"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
  ],
});

/** A quantity, unit price and amount of one group of a 收发存 ledger (入库, 出库 or 结存), named as the group. */
function ledgerFigures<const Q extends string, const P extends string, const A extends string>(
  keys: { quantity: Q; price: P; amount: A },
  group: { zhCN: string; zhTW: string; en: string; names: readonly string[] },
  limit: { sign: "nonNegative"; onBreak: "reject" } | undefined,
  quantityRequired: boolean,
) {
  const named = (part: string) => group.names.map((name) => `${name}${part}`);
  const quantity = column({
    key: keys.quantity,
    label: label(`${group.zhCN}数量`, `${group.zhTW}數量`, `${group.en} quantity`),
    synonyms: [...named("数量"), `${group.en} quantity`],
    type: "quantity",
    required: quantityRequired,
    ...(limit === undefined ? {} : { limit }),
  });
  const price = column({
    key: keys.price,
    label: label(`${group.zhCN}单价`, `${group.zhTW}單價`, `${group.en} price`),
    synonyms: [...named("单价"), `${group.en} price`],
    type: "decimal",
    ...(limit === undefined ? {} : { limit }),
  });
  const amount = column({
    key: keys.amount,
    label: label(`${group.zhCN}金额`, `${group.zhTW}金額`, `${group.en} amount`),
    synonyms: [...named("金额"), `${group.en} amount`],
    type: "money",
    ...(limit === undefined ? {} : { limit }),
  });
  return [quantity, price, amount] as const;
}

const NOT_NEGATIVE = { sign: "nonNegative", onBreak: "reject" } as const;

/** The receipts group of a 收发存 ledger: 入库 (or 收入, 借方, 购进) over 数量 | 单价 | 金额. */
const LEDGER_IN = ledgerFigures(
  { quantity: "inQuantity", price: "inPrice", amount: "inAmount" },
  { zhCN: "入库", zhTW: "入庫", en: "In", names: ["入库", "收入", "借方", "购进", "进货", "收货"] },
  NOT_NEGATIVE,
  true,
);

/** The issues group of a 收发存 ledger: 出库 (or 发出, 贷方, 领用, 付出) over 数量 | 单价 | 金额. */
const LEDGER_OUT = ledgerFigures(
  { quantity: "outQuantity", price: "outPrice", amount: "outAmount" },
  { zhCN: "出库", zhTW: "出庫", en: "Out", names: ["出库", "发出", "贷方", "领用", "领料", "付出"] },
  NOT_NEGATIVE,
  true,
);

/** The balance group of a 收发存 ledger: 结存 (or 库存, 余额, 结余) over 数量 | 单价 | 金额; a negative balance is read as typed. */
const LEDGER_BALANCE = ledgerFigures(
  { quantity: "balanceQuantity", price: "balancePrice", amount: "balanceAmount" },
  { zhCN: "结存", zhTW: "結存", en: "Balance", names: ["结存", "库存", "余额", "结余"] },
  undefined,
  false,
);

/**
 * The one-sheet stock ledger (收发存明细账): dated rows with a 摘要, each group 入库 / 出库 / 结存 over 数量 | 单价 |
 * 金额, `上月结转` rows giving the opening and `本月合计` rows the totals. The item is a column, or a line above
 * each block of rows or above the sheet's header (`物资名称：LED灯管  规格：T8  单位：支`); read into opening stock,
 * receipts and issues by ./readStockLedger. Told apart from receipts and issues by holding both quantities, and
 * placed only where its header names its date and both quantities (its 凭证号, 日期, 摘要 alone are a voucher
 * list's too; a 收发存 summary without dates is no ledger).
 */
export const STOCK_LEDGER_TABLE = table({
  role: "stock-ledger",
  label: label("收发存明细账", "收發存明細帳", "stock ledger (receipts, issues, balance)"),
  optional: true,
  placedWhenComplete: true,
  sections: [{ field: "category" }],
  keyColumns: ["date", "slip", "summary", "item", "spec", "unit"],
  columns: [
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "业务日期", "发生日期", "出入库日期", "Date"],
      type: "date",
      required: true,
    }),
    column({
      key: "slip",
      label: label("凭证号", "憑證號", "Voucher"),
      synonyms: [
        "凭证号",
        "凭证号数",
        "凭证编号",
        "凭证字号",
        "单号",
        "单据号",
        "出入库单号",
        "Voucher",
        "Slip",
      ],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "summary",
      label: label("摘要", "摘要", "Summary"),
      synonyms: ["摘要", "事由", "业务摘要", "内容", "Summary", "Description"],
      type: "text",
      maxLength: 200,
    }),
    CATEGORY_COLUMN,
    column({ ...ITEM_COLUMN, required: false, valueRequired: false }),
    SPEC_COLUMN,
    column({ ...UNIT_COLUMN, required: false }),
    ...LEDGER_IN,
    ...LEDGER_OUT,
    ...LEDGER_BALANCE,
    column({
      key: "department",
      label: label("领用部门", "領用部門", "Department"),
      synonyms: ["领用部门", "部门", "使用部门", "Department"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "taker",
      label: label("领用人", "領用人", "Taken by"),
      synonyms: ["领用人", "领料人", "Taken by"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "approver",
      label: label("项目负责人", "項目負責人", "Approved by"),
      synonyms: ["项目负责人", "审批人", "负责人", "Approved by"],
      type: "text",
      maxLength: 50,
    }),
  ],
});

/** The inventory job's input tables, in the order they are read (the ledger last: a tie goes to the others). */
export const INVENTORY_TABLES = [
  OPENING_TABLE,
  RECEIPT_TABLE,
  ISSUE_TABLE,
  COUNT_TABLE,
  STOCK_LEDGER_TABLE,
] as const;
