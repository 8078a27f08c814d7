import type { SheetData } from "../table/sheetData";
import type { YearMonth } from "../values/isoDate";
import { issue, type Issue } from "../issues";
import { readTable } from "../table/readTable";
import { cellOf, headerOf } from "../table/rowRefs";
import { withoutLimits } from "../table/declaration";
import { categoryOf, isUncategorisedLabel } from "./category";
import { REQUEST_TABLE } from "./requestTable";
import { requestColumns, type RequestLine } from "./requestLine";

/** The request table as the plan detail holds it: read back as it stands (an edited 0 quantity is no error). */
const PLAN_DETAIL_TABLE = withoutLimits(REQUEST_TABLE);

/** The ownership key of the plan detail sheet PropDesk writes for a month. */
export function planDetailKey(month: YearMonth): string {
  return `purchase-plan/detail/${month}`;
}

/** Reads a month's plan detail sheet (written by PropDesk, perhaps edited since) back into plan lines. */
export function readPlanDetail(
  sheet: SheetData,
  date1904: boolean,
): { lines: RequestLine[]; issues: Issue[]; project: string | null } {
  const read = readTable(sheet, PLAN_DETAIL_TABLE, { date1904 });
  const lines: RequestLine[] = [];
  const issues = [...read.issues];
  for (const row of read.rows) {
    const v = row.values;
    if (v.item === null || v.quantity === null) continue;
    const category = v.category === null ? null : categoryOf(v.category);
    if (category === null && v.category !== null && !isUncategorisedLabel(v.category)) {
      issues.push(
        issue("category_unknown", "warning", cellOf(row, "category"), { value: v.category, item: v.item }),
      );
    }
    lines.push({
      department: "",
      category: category ?? "uncategorised",
      item: v.item,
      spec: v.spec ?? "",
      unit: v.unit ?? "",
      quantity: v.quantity,
      unitPrice: v.unitPrice,
      amount: v.amount,
      neededBy: v.neededBy,
      purpose: null,
      requester: null,
      remarks: v.remarks,
      source: { sheet: sheet.name, row: row.row },
      columns: requestColumns(row),
      quantityHeader: headerOf(row, PLAN_DETAIL_TABLE, "quantity"),
    });
  }
  return { lines, issues, project: read.context["project"] ?? null };
}
