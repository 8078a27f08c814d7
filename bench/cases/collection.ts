import { DuckDBDateValue } from "@duckdb/node-api";
import type { DuckDBValue } from "@duckdb/node-api";
import { ledgerBook } from "../data/ledgerGrid";
import { DuckBaseline } from "../duckdb";
import type { BenchCase } from "../harness";
import { COLLECTION_JOB } from "../../core/jobs/collection/job";
import { runJob } from "../../core/jobs/registry";
import type { CollectionReport } from "../../core/jobs/collection/report";
import { sampleLedger, type SampleLedger } from "../../core/receivables/sampleLedger.testkit";
import { DEFAULT_BUCKETS } from "../../core/receivables/ageBuckets";
import type { BookData } from "../../core/table/sheetData";
import { toDayNumber } from "../../core/values/isoDate";

const MONTHS = 66;
const FEE_TYPES = 3;
const FROM = "2026-01";
const TO = "2026-11";
const AS_OF = "2026-11-30";

/** The ledger as cell grids for the core, and as records for loading DuckDB (dropped once loaded). */
interface LedgerData {
  book: BookData;
  records: SampleLedger | null;
  charges: number;
  payments: number;
}

/** The core's report with the sizes it was computed from. */
interface CoreRun {
  report: CollectionReport;
  charges: number;
  payments: number;
}

/** The figures both sides compute, in fen. */
interface Figures {
  buckets: bigint[];
  outstanding: bigint;
  /** Per fee type: current receivable, current collected, prepaid. */
  byFee: Map<string, { receivable: bigint; collected: bigint; prepaid: bigint }>;
}

/** `CASE` of the default ageing buckets over an `age` in days, giving the bucket's index. */
const BUCKET_CASE = `CASE ${DEFAULT_BUCKETS.map((b, i) => (b.maxDays === null ? `ELSE ${i}` : `WHEN age <= ${b.maxDays} THEN ${i}`)).join(" ")} END`;

/**
 * Per charge, what the payments dated up to the as-of date gave it: first the payments naming its month (their
 * net sum, capped at its due), then the rest of the account's net payments oldest-first (due date, month, input
 * order) through a running SUM window. Equal to the core's sequential rule on this ledger, where each account
 * either names months with payments of exactly the month's due (and refunds reverse one) or names none; not in
 * general (a named payment exceeding its charge, or named and unnamed money interleaved in time, would differ).
 */
const ALLOCATE = `
CREATE OR REPLACE TEMP TABLE alloc AS
WITH p AS (SELECT unit, fee, period, amount FROM payments WHERE pdate <= DATE '${AS_OF}'),
paid AS (SELECT unit, fee, SUM(amount) AS paid FROM p GROUP BY unit, fee),
named AS (SELECT unit, fee, period, SUM(amount) AS amt FROM p WHERE period IS NOT NULL GROUP BY unit, fee, period),
c1 AS (
  SELECT c.unit, c.fee, c.period, c.due, c.due_date, c.seq,
         LEAST(c.due, GREATEST(0, COALESCE(n.amt, 0))) AS named_alloc
  FROM charges c LEFT JOIN named n ON n.unit = c.unit AND n.fee = c.fee AND n.period = c.period),
c2 AS (
  SELECT *,
         SUM(named_alloc) OVER (PARTITION BY unit, fee) AS named_used,
         SUM(due - named_alloc) OVER (PARTITION BY unit, fee ORDER BY due_date, period, seq
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum_rest
  FROM c1)
SELECT c2.unit, c2.fee, c2.period, c2.due, c2.due_date,
       c2.named_alloc + LEAST(c2.due - c2.named_alloc,
         GREATEST(0, COALESCE(paid.paid, 0) - c2.named_used - (c2.cum_rest - (c2.due - c2.named_alloc)))) AS allocated,
       COALESCE(paid.paid, 0) AS paid
FROM c2 LEFT JOIN paid ON paid.unit = c2.unit AND paid.fee = c2.fee`;

/** Outstanding per ageing bucket of the charges billed at the as-of date. */
const BUCKETS_SQL = `
SELECT ${BUCKET_CASE} AS bucket, SUM(due - allocated) AS outstanding
FROM (SELECT due, allocated, DATE '${AS_OF}' - due_date AS age FROM alloc
      WHERE period <= '${AS_OF.slice(0, 7)}' AND due > allocated)
GROUP BY bucket`;

/** Current receivable and collected per fee type (charges of the period billed at the as-of date). */
const CURRENT_SQL = `
SELECT fee, SUM(due), SUM(allocated) FROM alloc
WHERE period BETWEEN '${FROM}' AND '${TO}' AND period <= '${AS_OF.slice(0, 7)}'
GROUP BY fee`;

/** Prepaid per fee type: each account's net payments less what went to charges billed at the as-of date. */
const PREPAID_SQL = `
SELECT fee, SUM(paid - billed) FROM (
  SELECT unit, fee, ANY_VALUE(paid) AS paid,
         SUM(CASE WHEN period <= '${AS_OF.slice(0, 7)}' THEN allocated ELSE 0 END) AS billed
  FROM alloc GROUP BY unit, fee)
GROUP BY fee`;

const databases = new WeakMap<LedgerData, DuckBaseline>();

const toFen = (yuan: string): bigint => BigInt(yuan.replace(".", ""));
const big = (value: DuckDBValue | undefined): bigint => BigInt(String(value ?? 0));

function coreFigures(report: CollectionReport): Figures {
  return {
    buckets: report.ageing.buckets.map((b) => toFen(b.amount)),
    outstanding: toFen(report.ageing.total),
    byFee: new Map(
      report.feeTypes.map((f) => [
        f.feeType,
        {
          receivable: toFen(f.currentReceivable),
          collected: toFen(f.currentCollected),
          prepaid: toFen(f.prepaid),
        },
      ]),
    ),
  };
}

/** Charges of `units` units x 3 fee types x 66 months; sizes are in charges (198 a unit). */
function makeLedger(size: number): LedgerData {
  const units = Math.max(1, Math.round(size / (FEE_TYPES * MONTHS)));
  const records = sampleLedger(units, MONTHS, TO);
  return {
    book: ledgerBook(records),
    records,
    charges: records.charges.length,
    payments: records.payments.length,
  };
}

/** The collection job on a large estate, from cell grids to report, against DuckDB allocating in SQL. */
export const collection: BenchCase<LedgerData, CoreRun, Figures> = {
  name: "collection",
  description:
    "an estate of units x 3 fee types x 66 monthly charges (sampleLedger: size 990,000 = 5,000 units, " +
    "~800,000 payments: named months, quarterly, yearly prepayments, partial payments, non-payers, refunds), " +
    "as cell grids (dates and months as serials, amounts as numbers); " +
    `core: runJob(collection) from grids to report and sheets for ${FROM}..${TO} as of ${AS_OF} (header finding, ` +
    "cell parsing, sequential allocation per unit and fee type, rates, ageing, receivables list, output sheets); " +
    "baseline: DuckDB over the same records loaded untimed, allocating in SQL - payments naming a month to that " +
    "month's charge (capped at its due), the rest of each account's net payments oldest-first by a running SUM " +
    "window - then outstanding per ageing bucket, current receivable / collected and prepaid per fee type " +
    "(exact for this ledger, not for every ledger: the core's rule is sequential in payment order)",
  sizes: [19_800, 990_000],
  make: makeLedger,
  runCore: (data) => ({
    report: runJob(COLLECTION_JOB, data.book, {
      today: AS_OF,
      lang: "zh-CN",
      from: FROM,
      to: TO,
      asOf: AS_OF,
    }).report,
    charges: data.charges,
    payments: data.payments,
  }),
  baseline: {
    label: "DuckDB SQL allocation",
    async setup(data) {
      const records = data.records!;
      const db = await DuckBaseline.create();
      await db.load(
        "CREATE TABLE charges (unit VARCHAR, fee VARCHAR, period VARCHAR, due BIGINT, due_date DATE, seq INTEGER)",
        "charges",
        (appender) => {
          records.charges.forEach((c, i) => {
            appender.appendVarchar(c.unit);
            appender.appendVarchar(c.feeType);
            appender.appendVarchar(c.period);
            appender.appendBigInt(BigInt(c.dueFen));
            appender.appendDate(new DuckDBDateValue(toDayNumber(c.dueDate)));
            appender.appendInteger(i);
            appender.endRow();
          });
        },
      );
      await db.load(
        "CREATE TABLE payments (unit VARCHAR, fee VARCHAR, pdate DATE, period VARCHAR, amount BIGINT)",
        "payments",
        (appender) => {
          for (const p of records.payments) {
            appender.appendVarchar(p.unit);
            appender.appendVarchar(p.feeType);
            appender.appendDate(new DuckDBDateValue(toDayNumber(p.date)));
            if (p.period === null) appender.appendNull();
            else appender.appendVarchar(p.period);
            appender.appendBigInt(BigInt(p.amountFen));
            appender.endRow();
          }
        },
      );
      databases.set(data, db);
      data.records = null;
    },
    async run(data) {
      const db = databases.get(data)!;
      await db.query(ALLOCATE);
      const buckets = DEFAULT_BUCKETS.map(() => 0n);
      for (const [bucket, amount] of await db.query(BUCKETS_SQL)) buckets[Number(bucket)] = big(amount);
      const byFee: Figures["byFee"] = new Map();
      for (const [fee, receivable, collected] of await db.query(CURRENT_SQL))
        byFee.set(String(fee), { receivable: big(receivable), collected: big(collected), prepaid: 0n });
      for (const [fee, prepaid] of await db.query(PREPAID_SQL)) {
        const figures = byFee.get(String(fee)) ?? { receivable: 0n, collected: 0n, prepaid: 0n };
        byFee.set(String(fee), { ...figures, prepaid: big(prepaid) });
      }
      return { buckets, outstanding: buckets.reduce((a, b) => a + b, 0n), byFee };
    },
    async teardown(data) {
      databases.get(data)?.close();
      databases.delete(data);
    },
  },
  check(core, baseline) {
    const mine = coreFigures(core.report);
    const problems: string[] = [];
    if (mine.outstanding !== baseline.outstanding)
      problems.push(`total outstanding: core ${mine.outstanding} fen, DuckDB ${baseline.outstanding} fen`);
    mine.buckets.forEach((fen, i) => {
      if (fen !== baseline.buckets[i])
        problems.push(
          `bucket ${DEFAULT_BUCKETS[i]!.label["en"]}: core ${fen}, DuckDB ${baseline.buckets[i]}`,
        );
    });
    for (const [fee, f] of mine.byFee) {
      const b = baseline.byFee.get(fee);
      for (const key of ["receivable", "collected", "prepaid"] as const)
        if (f[key] !== (b?.[key] ?? 0n))
          problems.push(`${fee} ${key}: core ${f[key]}, DuckDB ${b?.[key] ?? 0n}`);
    }
    if (problems.length > 0) throw new Error(`collection: core and DuckDB disagree - ${problems.join("; ")}`);
  },
  figures(core) {
    const { report } = core;
    return (
      `${core.charges.toLocaleString("en")} charges, ${core.payments.toLocaleString("en")} payments; ` +
      `${report.receivables.length.toLocaleString("en")} receivable rows, outstanding ${report.ageing.total}, ` +
      `current rate ${report.total.currentRate ?? "-"}`
    );
  },
};
