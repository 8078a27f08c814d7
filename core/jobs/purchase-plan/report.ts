import type { YearMonth, IsoDate } from "../../values/isoDate";
import { addFen, fenText, ZERO_FEN, type Fen } from "../../values/money";
import { addQty, qtyText, ZERO_QTY } from "../../values/quantity";
import { CATEGORIES, type Category } from "../../catalog/category";
import type { PlanLine } from "./consolidate";
import { formatPrice } from "./formatPrice";

/** One plan line as the JSON report gives it. */
export interface PlanLineReport {
  category: Category;
  item: string;
  spec: string;
  unit: string;
  quantity: string;
  unitPrice: string | null;
  amount: string | null;
  departments: Record<string, string>;
  sources: { sheet: string; row: number }[];
}

/** The purchase plan's report: the contract other tools read (`--json`). */
export interface PurchasePlanReport {
  job: "purchase-plan";
  month: YearMonth;
  dueDate: IsoDate;
  project: string | null;
  departments: string[];
  lines: PlanLineReport[];
  totals: { quantity: string; amount: string; byCategory: Record<Category, string> };
}

/** Builds the report from the consolidated lines; money with two decimals, quantities without trailing zeros. */
export function buildReport(args: {
  month: YearMonth;
  dueDate: IsoDate;
  project: string | null;
  departments: string[];
  lines: readonly PlanLine[];
}): PurchasePlanReport {
  let quantity = ZERO_QTY;
  let amount = ZERO_FEN;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, ZERO_FEN])) as Record<Category, Fen>;
  const lines = args.lines.map((line): PlanLineReport => {
    quantity = addQty(quantity, line.quantity);
    if (line.amount !== null) {
      amount = addFen(amount, line.amount);
      byCategory[line.category] = addFen(byCategory[line.category], line.amount);
    }
    return {
      category: line.category,
      item: line.item,
      spec: line.spec,
      unit: line.unit,
      quantity: qtyText(line.quantity),
      unitPrice: line.unitPrice === null ? null : formatPrice(line.unitPrice),
      amount: line.amount === null ? null : fenText(line.amount),
      departments: Object.fromEntries(
        args.departments
          .filter((d) => line.departments.has(d))
          .map((d) => [d, qtyText(line.departments.get(d)!)]),
      ),
      sources: line.sources.map((s) => s.source),
    };
  });
  return {
    job: "purchase-plan",
    month: args.month,
    dueDate: args.dueDate,
    project: args.project,
    departments: args.departments,
    lines,
    totals: {
      quantity: qtyText(quantity),
      amount: fenText(amount),
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, fenText(byCategory[c])])) as Record<
        Category,
        string
      >,
    },
  };
}
