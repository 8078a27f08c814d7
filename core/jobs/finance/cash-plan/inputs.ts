import { column, IN_FIGURES, IN_WORDS, table } from "../../../table/declaration";
import { label } from "../../../i18n/label";
import { departmentInName } from "../../../table/sections";

/** Labels above a table that name the project (`项目：阳光花园`). */
export const PROJECT_LABELS = ["项目", "项目名称", "管理处", "project"];

/** Labels above a spending plan that name the department of its rows (`部门：工程部`). */
const DEPARTMENT_LABELS = ["部门", "用款部门", "申请部门", "使用部门", "department"];

/**
 * The departments' spending plan (用款计划): one row per planned payment - department, purpose, amount,
 * date. Told apart from the purchase requests (no item, unit or quantity) and from the payments and loans
 * (no unit, fee type or borrower) by its required department, purpose, amount and date columns.
 */
export const SPENDING_TABLE = table({
  role: "spending-plan",
  label: label("用款计划", "用款計劃", "spending plan"),
  sheetNameHints: ["用款计划", "用款", "资金计划", "spending plan", "spending"],
  // 一、工程部 above the rows of a sheet without a department column
  sections: [{ field: "department" }],
  // else 部门：工程部 above the table, else a sheet named 工程部用款计划; 项目：阳光花园 names the project
  context: [
    { field: "department", labels: DEPARTMENT_LABELS, sheetName: departmentInName },
    { field: "project", labels: PROJECT_LABELS },
  ],
  columns: [
    column({
      key: "department",
      label: label("部门", "部門", "Department"),
      synonyms: ["部门", "用款部门", "申请部门", "使用部门", "Department", "Dept"],
      type: "text",
      required: true,
      valueRequired: true,
      maxLength: 50,
    }),
    column({
      key: "purpose",
      label: label("用途", "用途", "Purpose"),
      synonyms: ["用途", "用款用途", "款项用途", "事由", "用款事由", "Purpose"],
      type: "text",
      required: true,
      maxLength: 200,
    }),
    column({
      key: "amount",
      label: label("金额", "金額", "Amount"),
      synonyms: [
        "金额",
        "用款金额",
        "计划金额",
        "计划用款",
        "预计金额",
        "Amount",
        "Planned amount",
        ...IN_FIGURES,
      ],
      type: "money",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
      // 用款金额（大写）beside 用款金额（小写）, as a 用款申请单 writes it
      words: IN_WORDS,
    }),
    column({
      key: "date",
      label: label("日期", "日期", "Date"),
      synonyms: ["日期", "用款日期", "计划日期", "预计用款日期", "付款日期", "Date", "Payment date"],
      type: "date",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "remarks",
      label: label("备注", "備註", "Remarks"),
      synonyms: ["备注", "说明", "Remarks", "Note"],
      type: "text",
      maxLength: 200,
    }),
  ],
});
