import { FEE_TYPES, makeFeeLedger } from "../data/feeLedger";
import type { FeeLedger } from "../data/feeLedger";
import { DuckBaseline, decimalToFen, fenToDecimal } from "../duckdb";
import type { BenchCase } from "../harness";
import { addFen, parseFenCell, ZERO_FEN, type Fen } from "../../core/values/money";

const SQL = "SELECT fee, SUM(amount) FROM t GROUP BY fee";

/** Sums a ledger's amounts per fee type in integer fen, parsing every amount cell as the core does. */
function sumByFeeCore(ledger: FeeLedger): Map<string, Fen> {
  const totals = new Map<string, Fen>();
  const rows = ledger.sheet.values;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const fee = row?.[1];
    if (typeof fee !== "string") throw new Error(`gridGroupSum: row ${r + 1} has no fee type`);
    const parsed = parseFenCell(row?.[2] ?? null);
    if (!parsed.ok) throw new Error(`gridGroupSum: row ${r + 1}: ${JSON.stringify(parsed.problem)}`);
    if (parsed.value === null) continue;
    totals.set(fee, addFen(totals.get(fee) ?? ZERO_FEN, parsed.value));
  }
  return totals;
}

/** The DuckDB database loaded for each ledger by `setup`. */
const databases = new WeakMap<FeeLedger, DuckBaseline>();

/** The database `setup` loaded for a ledger. */
function databaseFor(ledger: FeeLedger): DuckBaseline {
  const db = databases.get(ledger);
  if (db === undefined) throw new Error("gridGroupSum: DuckDB baseline used before setup");
  return db;
}

/** Throws, listing every fee type, when the core's totals and DuckDB's differ anywhere. */
function checkTotals(core: Map<string, number>, duck: Map<string, bigint>): void {
  const fees = new Set([...core.keys(), ...duck.keys()]);
  const wrong = [...fees].filter((fee) => BigInt(core.get(fee) ?? -1) !== (duck.get(fee) ?? -1n));
  if (wrong.length > 0) {
    const lines = [...fees].map(
      (fee) => `${fee}: core ${String(core.get(fee))} fen, DuckDB ${String(duck.get(fee))} fen`,
    );
    throw new Error(
      `gridGroupSum: core and DuckDB totals disagree for ${wrong.join(", ")}\n${lines.join("\n")}`,
    );
  }
}

/** Per-fee-type totals of a fee ledger: the core's cell parsing and fen sums against DuckDB's GROUP BY. */
export const gridGroupSum: BenchCase<FeeLedger, Map<string, Fen>, Map<string, bigint>> = {
  name: "gridGroupSum",
  description:
    `a fee ledger grid (unit, one of ${FEE_TYPES.length} fee types, amount; ~10% of amounts as text like "1,234.50" or "¥88.00"); ` +
    "core: parseFenCell on every amount cell, integer fen summed per fee type; " +
    `baseline: DuckDB \`${SQL}\` over the same rows, amount DECIMAL(18,2) loaded untimed from the intended amounts`,
  sizes: [1_000, 100_000, 1_000_000],
  make: makeFeeLedger,
  runCore: sumByFeeCore,
  baseline: {
    label: "DuckDB GROUP BY",
    async setup(ledger) {
      const db = await DuckBaseline.create();
      await db.load("CREATE TABLE t (fee VARCHAR, amount DECIMAL(18,2))", "t", (appender) => {
        const rows = ledger.sheet.values;
        for (let r = 1; r < rows.length; r++) {
          appender.appendVarchar(String(rows[r]?.[1]));
          appender.appendDecimal(fenToDecimal(ledger.trueFen[r - 1] ?? 0));
          appender.endRow();
        }
      });
      databases.set(ledger, db);
    },
    async run(ledger) {
      const rows = await databaseFor(ledger).query(SQL);
      return new Map(rows.map(([fee, sum]) => [String(fee), decimalToFen(sum ?? null)]));
    },
    async teardown(ledger) {
      databaseFor(ledger).close();
      databases.delete(ledger);
    },
  },
  check: checkTotals,
};
