import type { YearMonth } from "../../../values/isoDate";
import { monthOf } from "../../../values/isoDate";
import { addFen, ZERO_FEN, type Fen } from "../../../values/money";
import { normalizeKey } from "../../../values/text";
import type { SpendingItem } from "./records";

/** One department's planned spending in the month. */
export interface DepartmentSpending {
  /** The department as first spelled (`工程部 ` and `工程部` are one department). */
  department: string;
  /** The department's items, by date then input order. */
  items: SpendingItem[];
  fen: Fen;
}

/** The month's planned spending by department. */
export interface PlannedSpending {
  month: YearMonth;
  /** Departments in the order they first appear in the plan. */
  byDepartment: DepartmentSpending[];
  totalFen: Fen;
  /** Items dated in other months (other months' plans), not counted. */
  otherMonths: number;
}

/** The spending planned for a month: the items dated in it, grouped by department. */
export function plannedSpending(items: readonly SpendingItem[], month: YearMonth): PlannedSpending {
  const byKey = new Map<string, DepartmentSpending>();
  let totalFen = ZERO_FEN;
  let otherMonths = 0;
  for (const item of items) {
    if (monthOf(item.date) !== month) {
      otherMonths++;
      continue;
    }
    const key = normalizeKey(item.department);
    let group = byKey.get(key);
    if (group === undefined)
      byKey.set(key, (group = { department: item.department, items: [], fen: ZERO_FEN }));
    group.items.push(item);
    group.fen = addFen(group.fen, item.fen);
    totalFen = addFen(totalFen, item.fen);
  }
  const byDepartment = [...byKey.values()];
  for (const group of byDepartment) {
    group.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return { month, byDepartment, totalFen, otherMonths };
}
