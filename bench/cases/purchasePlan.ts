import { DuckDBDecimalValue } from "@duckdb/node-api";
import { makeRequestBook, type RequestBook } from "../data/purchaseRequests";
import { DuckBaseline, decimalToFen, fenToDecimal } from "../duckdb";
import type { BenchCase } from "../harness";
import { PURCHASE_PLAN_JOB } from "../../core/jobs/purchase-plan/job";
import { runJob } from "../../core/jobs/registry";
import type { PurchasePlanReport } from "../../core/jobs/purchase-plan/report";

const SQL = "SELECT key, SUM(quantity), SUM(amount) FROM t GROUP BY key";

interface Totals {
  lines: number;
  amountFen: bigint;
}

const databases = new WeakMap<RequestBook, DuckBaseline>();

function coreTotals(report: PurchasePlanReport): Totals {
  return { lines: report.lines.length, amountFen: BigInt(report.totals.amount.replace(".", "")) };
}

/** The purchase plan from cell grids to report against DuckDB's GROUP BY over the same (pre-normalised) rows. */
export const purchasePlan: BenchCase<RequestBook, PurchasePlanReport, Totals> = {
  name: "purchasePlan",
  description:
    "purchase requests in 50 department sheets (600 items, some spelled full-width or with spaces); " +
    "core: runJob(purchase-plan) from cell grids to report and sheets (header finding, cell parsing, normalisation, consolidation); " +
    `baseline: DuckDB \`${SQL}\` over the same rows with keys normalised and amounts loaded untimed`,
  sizes: [1_000, 100_000, 1_000_000],
  make: makeRequestBook,
  runCore: (data) =>
    runJob(PURCHASE_PLAN_JOB, data.book, { today: "2026-12-01", lang: "zh-CN", month: "2027-01" }).report,
  baseline: {
    label: "DuckDB GROUP BY",
    async setup(data) {
      const db = await DuckBaseline.create();
      await db.load(
        "CREATE TABLE t (key VARCHAR, quantity DECIMAL(18,3), amount DECIMAL(18,2))",
        "t",
        (appender) => {
          for (const row of data.rows) {
            appender.appendVarchar(row.key);
            appender.appendDecimal(new DuckDBDecimalValue(BigInt(row.quantityMilli), 18, 3));
            appender.appendDecimal(fenToDecimal(row.fen));
            appender.endRow();
          }
        },
      );
      databases.set(data, db);
    },
    async run(data) {
      const rows = await databases.get(data)!.query(SQL);
      return {
        lines: rows.length,
        amountFen: rows.reduce((sum, row) => sum + decimalToFen(row[2] ?? null), 0n),
      };
    },
    async teardown(data) {
      databases.get(data)?.close();
      databases.delete(data);
    },
  },
  check(core, baseline) {
    const totals = coreTotals(core);
    if (totals.lines !== baseline.lines || totals.amountFen !== baseline.amountFen) {
      throw new Error(
        `purchasePlan: core ${totals.lines} lines / ${totals.amountFen} fen, DuckDB ${baseline.lines} lines / ${baseline.amountFen} fen`,
      );
    }
  },
};
