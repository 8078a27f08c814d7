import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/workingCalendar";
import type { BookData } from "../table/sheetData";
import { excelSerialToIso } from "../values/excelSerial";
import { addMonths, firstDayOf, monthOf, type IsoDate } from "../values/isoDate";
import { runCountDate } from "../jobs/inventory/countDate";
import { inventoryDemo } from "./inventory";
import { INVENTORY_JOB } from "../jobs/inventory/job";
import { runJob } from "../jobs/registry";

const dateOf = (serial: unknown): IsoDate => {
  const read = excelSerialToIso(serial as number, false);
  if (!read.ok) throw new Error(`not a date serial: ${String(serial)}`);
  return read.value;
};

describe("the inventory demo", () => {
  it.each<[IsoDate, IsoDate]>([
    ["2026-12-04", "2026-12-04"],
    ["2026-11-29", "2026-11-25"],
    ["2026-12-28", "2026-12-25"],
    ["2026-12-19", "2026-12-19"],
    ["2026-12-01", "2026-12-01"],
    ["2026-03-02", "2026-03-02"],
  ])("on %s stops at today and counts on %s", (today, countDate) => {
    const demo = inventoryDemo(today);
    const opening = firstDayOf(addMonths(monthOf(today), -2));
    const lastYear = `${Number(today.slice(0, 4)) - 1}`;
    const dated = (name: string) =>
      (demo.find((s) => s.name === name)?.rows ?? []).flatMap((row) =>
        typeof row[0] === "number" ? [dateOf(row[0])] : [],
      );
    const movements = [...dated("入库明细"), ...dated("出库明细")];
    expect(movements.filter((d) => d > today)).toEqual([]);
    expect(movements.filter((d) => d < opening).map((d) => d.slice(0, 4))).toEqual([lastYear]);
    expect(new Set(dated("盘点表"))).toEqual(new Set([countDate]));
    expect(runCountDate([], monthOf(today), today, createCalendar())).toBe(countDate);

    const book: BookData = {
      date1904: false,
      sheets: demo.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
    };
    const run = runJob(INVENTORY_JOB, book, { today, lang: "zh-CN" });
    expect(run.report.countDate).toBe(countDate);
    expect(run.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(run.issues.map((i) => i.code).sort()).toEqual([
      "duplicate_slip",
      "movements_before_opening",
      "stock_balance_quantity_differs",
    ]);
    const kinds = [
      "not_counted",
      "negative_balance",
      "count_without_ledger",
      "rejected_receipt",
      "unsigned_issue",
    ];
    expect(run.report.exceptions.map((e) => e.code)).toEqual(expect.arrayContaining(kinds));
    const variances = run.report.items.flatMap((i) => (i.variance === null ? [] : [Number(i.variance)]));
    expect(variances.some((v) => v > 0) && variances.some((v) => v < 0)).toBe(true);

    // the second store's 收发存 sheet: read as a stock ledger, its items counted right, and the one balance the
    // clerk typed one too many (反光锥, from its first issue of the second month on) warned once, at that row
    const ledger = demo.find((s) => s.name === "工程库房收发存")?.rows ?? [];
    const ledgerDates = ledger.flatMap((row) => (typeof row[0] === "number" ? [dateOf(row[0])] : []));
    expect(ledgerDates.filter((d) => d > today || d < opening)).toEqual([]);
    expect(run.readings.find((r) => r.sheet === "工程库房收发存")?.role).toBe("stock-ledger");
    const second = monthOf(addMonths(monthOf(today), -1));
    const typo = ledger.findIndex(
      (row) =>
        row[4] === "反光锥" && typeof row[10] === "number" && monthOf(dateOf(row[0])) === second,
    );
    const parted = run.issues.filter((i) => i.code === "stock_balance_quantity_differs");
    expect(parted.map((i) => [i.sheet, i.row, i.params?.["difference"]])).toEqual([
      ["工程库房收发存", typo + 1, "+1"],
    ]);
    const stored = run.report.items.filter((i) => ["灭火器", "反光锥", "防汛沙袋", "警示带"].includes(i.item));
    expect(stored.map((i) => i.variance)).toEqual(["0", "0", "0", "0"]);
  });
});
