import { issue, type Issue } from "../../issues";
import { normalizeHeader } from "../../values/text";
import { fenText, lineAmount } from "../../values/money";
import { readTable } from "../../table/readTable";
import { columnOf } from "../../table/declaration";
import { cellOf, sourceOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { categoryOf } from "../../catalog/category";
import { DEPARTMENT_LABELS, PROJECT_LABELS, REQUEST_TABLE } from "../../catalog/requestTable";
import type { RequestLine } from "../../catalog/requestLine";

/** What the request sheets hold: accepted lines, issues, and the project named above any table. */
export interface RequestsRead {
  lines: RequestLine[];
  issues: Issue[];
  project: string | null;
}

/** A typed amount may differ from quantity x price by at most 0.01 yuan. */
const AMOUNT_TOLERANCE_FEN = 1;

/**
 * Reads every request sheet into request lines. The department is the row's department cell, else a
 * `部门：` label above the table, else the sheet name. Quantity must be a positive number and a unit
 * price must not be negative ({@link REQUEST_TABLE} declares both); a category that is missing or unknown
 * puts the line under 未分类 with a warning; a typed amount must match quantity x price within 0.01, and the
 * line's amount must not be negative (a warning, the amount left empty).
 */
export function readRequests(sheets: readonly SheetData[], date1904: boolean): RequestsRead {
  const lines: RequestLine[] = [];
  const issues: Issue[] = [];
  let project: string | null = null;
  for (const sheet of sheets) {
    const read = readTable(sheet, REQUEST_TABLE, { date1904 });
    issues.push(...read.issues);
    project ??= labelOf(read.labels, PROJECT_LABELS);
    const sheetDepartment = labelOf(read.labels, DEPARTMENT_LABELS) ?? sheet.name;
    for (const row of read.rows) {
      const v = row.values;
      if (v.item === null || v.quantity === null) continue;
      const category = v.category === null ? null : categoryOf(v.category);
      if (category === null) {
        issues.push(
          v.category === null
            ? issue("category_missing", "warning", cellOf(row, "category"), { item: v.item })
            : issue("category_unknown", "warning", cellOf(row, "category"), {
                value: v.category,
                item: v.item,
              }),
        );
      }
      const { unitPrice } = v;
      // A negative amount is checked on the line's amount, not declared on the amount column: beside a unit
      // price a negative typed amount is an amount_mismatch, not a negative_value.
      let amount = unitPrice === null ? v.amount : lineAmount(v.quantity, unitPrice);
      if (
        unitPrice !== null &&
        v.amount !== null &&
        amount !== null &&
        Math.abs(amount - v.amount) > AMOUNT_TOLERANCE_FEN
      ) {
        issues.push(
          issue("amount_mismatch", "warning", cellOf(row, "amount"), {
            value: fenText(v.amount),
            expected: fenText(amount),
          }),
        );
      }
      if (amount !== null && amount < 0) {
        issues.push(
          issue("negative_value", "warning", cellOf(row, "amount"), {
            header: columnOf(REQUEST_TABLE, "amount").label,
            value: fenText(amount),
          }),
        );
        amount = null;
      }
      if (v.department === null && row.columns.department !== undefined) {
        issues.push(
          issue("department_missing", "warning", cellOf(row, "department"), { department: sheetDepartment }),
        );
      }
      const department = v.department ?? sheetDepartment;
      lines.push({
        department,
        category: category ?? "uncategorised",
        item: v.item,
        spec: v.spec ?? "",
        unit: v.unit ?? "",
        quantity: v.quantity,
        unitPrice,
        amount,
        neededBy: v.neededBy,
        purpose: v.purpose,
        requester: v.requester,
        remarks: v.remarks,
        source: sourceOf(row),
      });
    }
  }
  return { lines, issues, project };
}

function labelOf(labels: Map<string, string>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = labels.get(normalizeHeader(name));
    if (value !== undefined) return value;
  }
  return null;
}
