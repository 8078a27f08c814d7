import { column, table } from "../table/declaration";
import { label } from "../i18n/label";
import { CATEGORY_COLUMN, ITEM_COLUMN, SPEC_COLUMN, UNIT_COLUMN } from "../table/itemColumns";
import { DEPARTMENT_NAMES, departmentInName } from "../table/sections";

/** Labels above a request table that name the department (`部门：工程部`). */
export const DEPARTMENT_LABELS = ["部门", "申请部门", "使用部门", "department"];

/** Labels above a request table that name the project (`项目：阳光花园`). */
export const PROJECT_LABELS = ["项目", "项目名称", "管理处", "project"];

/**
 * A department's purchase request (下月物资采购申请单): one sheet per department, or one sheet with a department
 * column. Section headings name the department (`一、工程部`) or else the category (`一、办公用品`) of the rows
 * below them on a sheet without that column; above the table a `部门：` label names the department (else the
 * sheet's name, when it is or opens with a department's: `工程部申购单`) and a `项目：` label the project.
 */
export const REQUEST_TABLE = table({
  role: "purchase-requests",
  label: label("物资采购申请单", "物資採購申請單", "purchase request sheet"),
  sheetNameHints: ["采购申请", "申购", "申请单", "purchase request"],
  sections: [{ field: "department", names: DEPARTMENT_NAMES }, { field: "category" }],
  context: [
    { field: "department", labels: DEPARTMENT_LABELS, sheetName: departmentInName },
    { field: "project", labels: PROJECT_LABELS },
  ],
  keyColumns: ["item", "spec", "unit"],
  columns: [
    column({
      key: "department",
      label: label("部门", "部門", "Department"),
      synonyms: ["部门", "申请部门", "使用部门", "Department", "Dept"],
      type: "text",
      maxLength: 50,
    }),
    CATEGORY_COLUMN,
    ITEM_COLUMN,
    SPEC_COLUMN,
    UNIT_COLUMN,
    column({
      key: "quantity",
      label: label("数量", "數量", "Quantity"),
      synonyms: ["数量", "申请数量", "申购数量", "Qty", "Quantity"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "unitPrice",
      label: label("单价", "單價", "Unit price"),
      synonyms: ["单价", "预算单价", "参考单价", "Unit price", "Price"],
      type: "decimal",
      limit: { sign: "nonNegative", onBreak: "warn" },
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: ["金额", "预算金额", "Amount"],
      type: "money",
    }),
    column({
      key: "neededBy",
      label: label("需用日期", "需用日期", "Needed by"),
      synonyms: ["需用日期", "需求日期", "Needed by", "Need date"],
      type: "date",
    }),
    column({
      key: "purpose",
      label: label("用途", "用途", "Purpose"),
      synonyms: ["用途", "Purpose"],
      type: "text",
    }),
    column({
      key: "requester",
      label: label("申请人", "申請人", "Requester"),
      synonyms: ["申请人", "Requester"],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: "remarks",
      label: label("备注", "備註", "Remarks"),
      synonyms: ["备注", "Remarks", "Note", "Notes"],
      type: "text",
    }),
  ],
});
