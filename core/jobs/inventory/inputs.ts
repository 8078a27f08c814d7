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
 * receipt quantity, price and acceptance columns and its sheet name.
 */
export const RECEIPT_TABLE = table({
  role: "receipts",
  label: label("入库明细", "入庫明細", "receipts"),
  sheetNameHints: ["入库", "收货", "stock in", "goods received"],
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
 * by its issue quantity, department, taker and approver columns and its sheet name.
 */
export const ISSUE_TABLE = table({
  role: "issues",
  label: label("出库明细", "出庫明細", "stock issues"),
  sheetNameHints: ["出库", "领料", "领用", "stock out", "requisition"],
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

/** The inventory job's input tables, in the order they are read. */
export const INVENTORY_TABLES = [OPENING_TABLE, RECEIPT_TABLE, ISSUE_TABLE, COUNT_TABLE] as const;
