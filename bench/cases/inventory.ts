import { makeStockLedger, type StockLedgerBook } from "../data/stockLedger";
import { DuckBaseline } from "../duckdb";
import type { Baseline, BenchCase } from "../harness";
import { INVENTORY_JOB } from "../../core/jobs/inventory/job";
import { runJob } from "../../core/jobs/registry";
import type { InventoryReport } from "../../core/jobs/inventory/report";

const SQL = `
WITH r AS (SELECT key, SUM(qty) AS rq, SUM(fen) AS rf FROM receipts GROUP BY key),
     i AS (SELECT key, SUM(qty) AS iq FROM issues GROUP BY key),
     m AS (SELECT o.key, o.qty + COALESCE(r.rq, 0) AS inq, o.fen + COALESCE(r.rf, 0) AS inf,
                  o.qty + COALESCE(r.rq, 0) - COALESCE(i.iq, 0) AS expected
           FROM opening o LEFT JOIN r USING (key) LEFT JOIN i USING (key))
SELECT SUM(expected)::BIGINT, SUM(inf)::BIGINT,
       SUM((expected * inf * 2 + inq) // (inq * 2))::BIGINT
FROM m`;

/** What DuckDB gives: the expected closing quantity, the value in and the closing value, in fen. */
export interface StockTotals {
  expectedQty: bigint;
  inValueFen: bigint;
  closingFen: bigint;
}

const databases = new WeakMap<StockLedgerBook, DuckBaseline>();

/** DuckDB's per-item sums joined to the opening, with the closing value rounded half-up; data loaded untimed. */
export const duckStockTotals: Baseline<StockLedgerBook, StockTotals> = {
  label: "DuckDB GROUP BY + JOIN",
  async setup(data) {
    const db = await DuckBaseline.create();
    await db.load("CREATE TABLE opening (key VARCHAR, qty BIGINT, fen BIGINT)", "opening", (a) => {
      for (const o of data.opening) {
        a.appendVarchar(o.key);
        a.appendBigInt(BigInt(o.qty));
        a.appendBigInt(BigInt(o.fen));
        a.endRow();
      }
    });
    await db.load("CREATE TABLE receipts (key VARCHAR, qty BIGINT, fen BIGINT)", "receipts", (a) => {
      for (const r of data.receipts) {
        a.appendVarchar(r.key);
        a.appendBigInt(BigInt(r.qty));
        a.appendBigInt(BigInt(r.fen));
        a.endRow();
      }
    });
    await db.load("CREATE TABLE issues (key VARCHAR, qty BIGINT)", "issues", (a) => {
      for (const i of data.issues) {
        a.appendVarchar(i.key);
        a.appendBigInt(BigInt(i.qty));
        a.endRow();
      }
    });
    databases.set(data, db);
  },
  async run(data) {
    const [row] = await databases.get(data)!.query(SQL);
    const big = (v: unknown): bigint => (typeof v === "bigint" ? v : BigInt(Number(v)));
    return { expectedQty: big(row?.[0]), inValueFen: big(row?.[1]), closingFen: big(row?.[2]) };
  },
  async teardown(data) {
    databases.get(data)?.close();
    databases.delete(data);
  },
};

/** Throws unless the core's totals are DuckDB's, naming the case. */
export function expectSameTotals(name: string, core: StockTotals, duck: StockTotals): void {
  if (
    core.expectedQty === duck.expectedQty &&
    core.inValueFen === duck.inValueFen &&
    core.closingFen === duck.closingFen
  )
    return;
  throw new Error(
    `${name}: core ${core.expectedQty} qty / ${core.inValueFen} in / ${core.closingFen} closing, ` +
      `DuckDB ${duck.expectedQty} / ${duck.inValueFen} / ${duck.closingFen}`,
  );
}

/** Whole fen of a decimal money string. */
const fenOf = (money: string): bigint => BigInt(money.replace(".", ""));

/** The month's stock ledger from cell grids to report against DuckDB's grouped sums and weighted average. */
export const inventory: BenchCase<StockLedgerBook, InventoryReport, StockTotals> = {
  name: "inventory",
  description:
    "a month of receipts and issues over 5,000 items with opening stock and count; " +
    "core: runJob(inventory) from cell grids to report and sheets (header finding, parsing, running balances, " +
    "weighted-average valuation, exceptions); " +
    "baseline: DuckDB per-item sums joined to the opening with the closing value rounded half-up, data loaded untimed",
  sizes: [2_000, 200_000],
  make: makeStockLedger,
  runCore: (data) =>
    runJob(INVENTORY_JOB, data.book, { today: "2026-11-29", lang: "zh-CN", month: "2026-11" }).report,
  baseline: duckStockTotals,
  check(core, baseline) {
    const expectedQty = core.items.reduce(
      (sum, i) => sum + BigInt(Math.round(Number(i.expected) * 10_000)),
      0n,
    );
    const inValueFen = fenOf(core.totals.openingValue) + fenOf(core.totals.receivedValue);
    expectSameTotals(
      "inventory",
      { expectedQty, inValueFen, closingFen: fenOf(core.totals.closingValue) },
      baseline,
    );
  },
};
