import { makeStockLedger, type StockLedgerBook } from "../data/stockLedger";
import type { BenchCase } from "../harness";
import { duckStockTotals, expectSameTotals, type StockTotals } from "./inventory";
import { readInventoryInputs, type InventoryInputs } from "../../core/jobs/inventory/readInputs";
import { INVENTORY_TABLES } from "../../core/jobs/inventory/inputs";
import { HOLIDAY_TABLE } from "../../core/calendar/holidayTable";
import { placeAlone } from "../../core/table/placedSheets";
import { reconcileMonths } from "../../core/jobs/inventory/ledgerMonths";
import type { Reconciliation } from "../../core/jobs/inventory/reconcile";

/** The stock ledger and its records, read from the cells before timing (as DuckDB's tables are loaded). */
interface ReadLedger {
  ledger: StockLedgerBook;
  inputs: InventoryInputs;
}

/**
 * The month's reconciliation from typed records, beside DuckDB's query over typed tables: like for like,
 * where the `inventory` case times the whole job from cells to sheets against the same query.
 */
export const inventoryReconcile: BenchCase<ReadLedger, Reconciliation, StockTotals> = {
  name: "inventoryReconcile",
  description:
    "the inventory case's data with the receipts, issues, opening and count read into typed records untimed; " +
    "core: reconcileMonths (per-item sums, running balances in date order, book at the count date, " +
    "weighted-average valuation, exceptions, items in pinyin order); " +
    "baseline: the same DuckDB query as the inventory case, over the same rows loaded untimed",
  sizes: [2_000, 200_000],
  make(size) {
    const ledger = makeStockLedger(size);
    return {
      ledger,
      inputs: readInventoryInputs(placeAlone(ledger.book, [...INVENTORY_TABLES, HOLIDAY_TABLE])),
    };
  },
  runCore(data) {
    const months = reconcileMonths(data.inputs, {
      month: "2026-11",
      countDate: "2026-11-25",
      countDateOf: () => "2026-11-25",
      plan: null,
    });
    const month = months[months.length - 1];
    if (month === undefined) throw new Error("reconcileMonths gives the month asked for");
    return month;
  },
  baseline: {
    label: duckStockTotals.label,
    setup: (data) => duckStockTotals.setup?.(data.ledger) ?? Promise.resolve(),
    run: (data) => duckStockTotals.run(data.ledger),
    teardown: (data) => duckStockTotals.teardown?.(data.ledger) ?? Promise.resolve(),
  },
  check(core, baseline) {
    const expectedQty = core.items.reduce((sum, i) => sum + BigInt(i.expected), 0n);
    const inValueFen = BigInt(core.totals.openingValue + core.totals.receivedValue);
    expectSameTotals(
      "inventoryReconcile",
      { expectedQty, inValueFen, closingFen: BigInt(core.totals.closingValue) },
      baseline,
    );
  },
};
