import { issue, type Issue } from "../../issues";
import { fenText } from "../../values/money";
import { rowAmount } from "../../table/rowAmount";
import type { YearMonth } from "../../values/isoDate";
import { readTable } from "../../table/readTable";
import { cellOf, headerCell, headerOf, sourceOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { categoryOf } from "../../catalog/category";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { requestColumns, type RequestLine } from "../../catalog/requestLine";

/** What the request sheets hold: accepted lines, issues, and the project named above any table. */
export interface RequestsRead {
  lines: RequestLine[];
  issues: Issue[];
  project: string | null;
}

/** A typed amount may differ from quantity x price by at most 0.01 yuan. */
const AMOUNT_TOLERANCE_FEN = 1;

/** The department of a request row nothing names (no cell, heading, label, or department in the sheet's name). */
export const NO_DEPARTMENT = "未注明部门";

/**
 * Reads every request sheet into request lines. The department is the row's department cell, else the section
 * heading above it, else a `部门：` label above the table, else the sheet's name when it is or opens with a
 * department's (`工程部申购单`; {@link REQUEST_TABLE} declares these), else {@link NO_DEPARTMENT} with a
 * `department_missing` warning (a name such as `12月申购汇总` is never a department). Quantity must be a positive
 * number and a unit price must not be negative ({@link REQUEST_TABLE} declares both); a category that is
 * missing or unknown puts the line under 未分类 with a warning; a typed amount must match quantity x price
 * within 0.01, and the line's amount must not be negative (a warning, the amount left empty); a quantity x price
 * beyond what a line may hold (`value_too_large`) or the run's sums (`sum_too_large`) is an error at the price, the
 * row left out. Dates without a
 * year (需用日期 `1月5日`) take the title's, else the one nearest `near` (the plan month).
 */
export function readRequests(
  sheets: readonly SheetData[],
  date1904: boolean,
  near?: YearMonth,
): RequestsRead {
  const lines: RequestLine[] = [];
  const issues: Issue[] = [];
  let project: string | null = null;
  for (const sheet of sheets) {
    const read = readTable(sheet, REQUEST_TABLE, near === undefined ? { date1904 } : { date1904, near });
    issues.push(...read.issues);
    project ??= read.context["project"] ?? null;
    const sheetDepartment = read.context["department"] ?? NO_DEPARTMENT;
    let unnamed = false;
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
      let amount = v.amount;
      if (unitPrice !== null) {
        const header = headerOf(row, REQUEST_TABLE, "unitPrice");
        const line = rowAmount(v.quantity, unitPrice, cellOf(row, "unitPrice"), "unitPrice", header);
        if (!line.ok) {
          issues.push(line.issue);
          continue;
        }
        amount = line.amount;
      }
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
            header: headerOf(row, REQUEST_TABLE, "amount"),
            value: fenText(amount),
          }),
        );
        amount = null;
      }
      if (v.department === null && row.columns.department !== undefined) {
        issues.push(
          issue("department_missing", "warning", cellOf(row, "department"), { department: sheetDepartment }),
        );
      } else if (v.department === null && !unnamed) {
        // a sheet without a department column whose rows nothing names: said once, at its header
        unnamed = true;
        issues.push(issue("department_missing", "warning", headerCell(read), { department: NO_DEPARTMENT }));
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
        columns: requestColumns(row),
        quantityHeader: headerOf(row, REQUEST_TABLE, "quantity"),
      });
    }
  }
  return { lines, issues, project };
}
