import { placeAlone } from "../table/placedSheets";
import { describe, expect, it } from "vitest";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import type { DemoSheet } from "./demoSheet";
import { JOBS } from "../jobs/registry";
import type { BookData } from "../table/sheetData";
import { locateInputs } from "../table/locateInputs";
import { addMonths, lastDayOf, monthOf } from "../values/isoDate";
import { collectionDemo } from "./collection";
import { JOB_DEMOS } from "./index";
import { readCollectionInputs } from "../receivables/readInputs";
import { COLLECTION_TABLES } from "../receivables/inputs";

const PARKING_SHEET = "车位费台账";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

describe.each(["2026-11-20", "2026-01-03", "2028-02-29"])("collectionDemo(%s)", (today) => {
  const demo = collectionDemo(today);
  const month = monthOf(today);
  const lastMonth = addMonths(month, -1);
  const read = readCollectionInputs(placeAlone(bookOf(demo), COLLECTION_TABLES), lastMonth, lastDayOf(lastMonth));
  /** The records of the two long lists (the car park's month-wide ledger aside). */
  const listed = <R extends { source: { sheet: string } }>(records: readonly R[]) =>
    records.filter((r) => r.source.sheet !== PARKING_SHEET);

  it("is deterministic for a given day", () => {
    expect(collectionDemo(today)).toEqual(demo);
  });

  it("places its five sheets as the five inputs, the car park's month-wide ledger as one", () => {
    const placed = placeAlone(bookOf(demo), [...COLLECTION_TABLES, HOLIDAY_TABLE]);
    expect([...COLLECTION_TABLES, HOLIDAY_TABLE].map((t) => [t.role, placed.sheets(t).map((s) => s.name)])).toEqual([
      ["charges", ["收费台账"]],
      ["payments", ["收款明细"]],
      ["fee-ledger", [PARKING_SHEET]],
      ["targets", ["收缴率指标"]],
      ["follow-ups", ["催缴跟进"]],
      ["holidays", []],
    ]);
  });

  it("puts a title above each table and a 合计 row below the ledgers", () => {
    for (const sheet of demo) expect(typeof sheet.rows[0]?.[0]).toBe("string");
    for (const sheet of demo.slice(0, 2)) expect(sheet.rows.at(-1)?.[0]).toBe("合计");
    expect(demo[2]!.rows.at(-2)?.[0]).toBe("合计");
  });

  it("holds a few hundred units over the 24 months up to today's month, a few thousand charges", () => {
    const charges = listed(read.charges);
    const units = new Set(charges.map((c) => c.unit));
    expect(units.size).toBeGreaterThanOrEqual(200);
    expect(units.size).toBeLessThan(400);
    for (const unit of units) expect(unit).toMatch(/^[1-6]-[12]-[1-9]0[12]$/);
    const periods = [...new Set(charges.map((c) => c.period))].sort();
    expect(periods).toHaveLength(24);
    expect(periods[0]).toBe(addMonths(month, -23));
    expect(periods.at(-1)).toBe(month);
    expect(charges.length).toBeGreaterThan(3000);
    expect(charges.length).toBeLessThan(10_000);
    expect(new Set(charges.map((c) => c.feeType))).toEqual(
      new Set(["物业管理费", "停车费", "水费", "电费"]),
    );
  });

  it("has payments up to today with NO.00xxxxx receipts and the usual methods, and one refund", () => {
    const payments = listed(read.payments);
    expect(payments.every((p) => p.date <= today)).toBe(true);
    expect(payments.every((p) => /^NO\.00\d{5}$/.test(p.receipt ?? ""))).toBe(true);
    expect(new Set(payments.map((p) => p.method))).toEqual(new Set(["现金", "微信", "支付宝", "银行卡", "转账"]));
    expect(payments.filter((p) => p.amountFen < 0)).toHaveLength(1);
  });

  it("keeps the car park's 车位费 as a month-wide ledger for last month's year, its spaces in no list", () => {
    const parking = read.charges.filter((c) => c.source.sheet === PARKING_SHEET);
    const year = lastMonth.slice(0, 4);
    expect(new Set(parking.map((c) => c.feeType))).toEqual(new Set(["车位费"]));
    expect(new Set(parking.map((c) => c.period.slice(0, 4)))).toEqual(new Set([year]));
    const spaces = new Set(parking.map((c) => c.unit));
    expect(spaces.size).toBe(10);
    for (const c of listed(read.charges)) expect(spaces.has(c.unit)).toBe(false);
    // B010 is rented from April (January to March are not charged): 9 x 12 + 9 months
    expect(parking).toHaveLength(9 * 12 + 9);
    // amounts without a date, taken as paid by the end of last month; B006 paid the whole year ahead
    const ledgerPayments = read.payments.filter((p) => p.source.sheet === PARKING_SHEET);
    expect(ledgerPayments.every((p) => p.undated === true && p.date <= lastDayOf(lastMonth))).toBe(true);
    expect(ledgerPayments.filter((p) => p.period! > lastMonth).every((p) => p.unit === "车位B006")).toBe(true);
  });

  it("has households that prepay, that owe and that never pay", () => {
    const balance = new Map<string, number>();
    for (const c of read.charges)
      balance.set(`${c.unit}|${c.feeType}`, (balance.get(`${c.unit}|${c.feeType}`) ?? 0) - c.dueFen);
    for (const p of read.payments)
      balance.set(`${p.unit}|${p.feeType}`, (balance.get(`${p.unit}|${p.feeType}`) ?? 0) + p.amountFen);
    const property = [...balance].filter(([key]) => key.endsWith("|物业管理费")).map(([, fen]) => fen);
    expect(property.filter((fen) => fen > 0).length).toBeGreaterThanOrEqual(10);
    expect(property.filter((fen) => fen < -100_000).length).toBeGreaterThanOrEqual(10);
    const paying = new Set(read.payments.map((p) => p.unit));
    const never = new Set(read.charges.map((c) => c.unit).filter((u) => !paying.has(u)));
    expect(never.size).toBeGreaterThanOrEqual(3);
    expect(never.size).toBeLessThanOrEqual(15);
  });

  it("has targets for every fee type and follow-up notes, one promise already broken", () => {
    expect(read.targets.map((t) => `${t.feeType} ${t.rate.toString()}`)).toEqual([
      "物业管理费 0.95",
      "停车费 0.9",
      "水费 0.98",
      "电费 0.98",
    ]);
    expect(read.followUps.length).toBeGreaterThanOrEqual(10);
    expect(new Set(read.followUps.map((f) => f.reason))).toContain("房屋空置");
    expect(read.followUps.filter((f) => f.expectedDate !== null && f.expectedDate < today)).toHaveLength(1);
  });

  it("has exactly its few planted bad cells", () => {
    // B004's 已收合计 has one month too many
    expect(read.issues.map((i) => [i.code, i.severity, i.sheet, i.column])).toEqual([
      ["cell_error", "error", "收费台账", "H"],
      ["ledger_total_mismatch", "warning", PARKING_SHEET, "Q"],
      ["not_a_number", "error", "收款明细", "H"],
      ["duplicate_receipt", "warning", "收款明细", "B"],
      ["payment_without_charges", "warning", "收款明细", "D"],
    ]);
    const charges = demo[0]!.rows.map((r) => r[4]);
    expect(charges.some((p) => typeof p === "string" && /^\d{4}年\d{1,2}月$/.test(p))).toBe(true);
    expect(charges.some((p) => typeof p === "string" && /^\d{6}$/.test(p))).toBe(true);
  });
});

describe("collectionDemo beside the other jobs' demos", () => {
  const today = "2026-11-20";
  const own = collectionDemo(today);
  const otherJobs = JOBS.filter((job) => job.id !== "collection");
  const others = otherJobs.flatMap((job) => JOB_DEMOS[job.id]?.(today) ?? []);

  it("uses sheet names no other demo uses", () => {
    const names = new Set(others.map((s) => s.name));
    for (const sheet of own) expect(names.has(sheet.name)).toBe(false);
  });

  it("is not taken for another job's input (but the fee ledgers the finance jobs share), nor takes another job's sheets", () => {
    const book = bookOf([...others, ...own]);
    const ownNames = new Set(own.map((s) => s.name));
    const shared = new Set(COLLECTION_TABLES.map((t) => t.role));
    for (const job of otherJobs) {
      const found = locateInputs(book, job.inputs);
      for (const [role, sheets] of found.byRole) {
        if (shared.has(role)) continue;
        for (const s of sheets) expect(ownNames.has(s.name), `${job.id} ${role} ${s.name}`).toBe(false);
      }
    }
    const found = locateInputs(book, COLLECTION_TABLES);
    const placed = [...found.byRole.values()].flat().map((s) => s.name);
    expect(placed).toEqual(expect.arrayContaining(own.map((s) => s.name)));
    const extra = placed.filter((name) => !ownNames.has(name));
    const charges = new Set((found.byRole.get("charges") ?? []).map((s) => s.name));
    for (const name of extra) expect(charges.has(name), `${name} is read as charges`).toBe(true);
  });
});
