import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plannedSpending } from "./spending";
import type { SpendingItem } from "./records";
import { fen } from "../../../values/money";

let row = 1;
const item = (department: string, date: string, amount: number): SpendingItem => ({
  department,
  purpose: null,
  date,
  fen: fen(amount),
  remarks: null,
  source: { sheet: "用款计划", row: ++row },
});

describe("plannedSpending", () => {
  it("groups departments spelled alike (full-width, spaces, case) under the first spelling, in order of appearance", () => {
    const plan = plannedSpending(
      [
        item("Office", "2026-12-05", 100),
        item("工程部", "2026-12-20", 300),
        item("ＯＦＦＩＣＥ", "2026-12-01", 200),
        item("工程 部", "2026-12-03", 400),
      ],
      "2026-12",
    );
    expect(plan.byDepartment.map((d) => [d.department, d.fen, d.items.map((i) => i.date)])).toEqual([
      ["Office", 300, ["2026-12-01", "2026-12-05"]],
      ["工程部", 700, ["2026-12-03", "2026-12-20"]],
    ]);
    expect([plan.totalFen, plan.otherMonths]).toEqual([1000, 0]);
  });

  it("counts only the month's items and tells how many belong to other months", () => {
    const plan = plannedSpending(
      [item("工程部", "2026-11-30", 1), item("工程部", "2026-12-01", 2), item("工程部", "2027-01-01", 4)],
      "2026-12",
    );
    expect([plan.totalFen, plan.otherMonths, plan.byDepartment[0]?.items.length]).toEqual([2, 2, 1]);
  });

  it("adds up: departments to the total, counted items plus other months' items to all items", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            department: fc.constantFrom("工程部", "保洁部", "秩序部", " 工程部", "Office", "office"),
            day: fc.integer({ min: 1, max: 28 }),
            month: fc.constantFrom("2026-11", "2026-12", "2027-01"),
            fen: fc.integer({ min: 1, max: 10_000_000 }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const items = rows.map((r) =>
            item(r.department, `${r.month}-${String(r.day).padStart(2, "0")}`, r.fen),
          );
          const plan = plannedSpending(items, "2026-12");
          const inMonth = items.filter((i) => i.date.startsWith("2026-12"));
          expect(plan.byDepartment.reduce((s, d) => s + d.fen, 0)).toBe(plan.totalFen);
          expect(plan.totalFen).toBe(inMonth.reduce((s, i) => s + i.fen, 0));
          expect(plan.byDepartment.reduce((s, d) => s + d.items.length, 0) + plan.otherMonths).toBe(
            items.length,
          );
        },
      ),
    );
  });
});
