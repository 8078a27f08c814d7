import type { YearMonth, IsoDate } from "../../values/isoDate";
import { Dec } from "../../values/decimal";
import { formatMoney, formatQuantity } from "../../values/format";
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
  let quantity = new Dec(0);
  let amount = new Dec(0);
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, new Dec(0)])) as Record<Category, Dec>;
  const lines = args.lines.map((line): PlanLineReport => {
    quantity = quantity.plus(line.quantity);
    if (line.amount !== null) {
      amount = amount.plus(line.amount);
      byCategory[line.category] = byCategory[line.category].plus(line.amount);
    }
    return {
      category: line.category,
      item: line.item,
      spec: line.spec,
      unit: line.unit,
      quantity: formatQuantity(line.quantity),
      unitPrice: line.unitPrice === null ? null : formatPrice(line.unitPrice),
      amount: line.amount === null ? null : formatMoney(line.amount),
      departments: Object.fromEntries(
        args.departments
          .filter((d) => line.departments.has(d))
          .map((d) => [d, formatQuantity(line.departments.get(d)!)]),
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
      quantity: formatQuantity(quantity),
      amount: formatMoney(amount),
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, formatMoney(byCategory[c])])) as Record<
        Category,
        string
      >,
    },
  };
}
