import { DuckBaseline } from "../duckdb";
import type { BenchCase } from "../harness";
import {
  makeServiceLogBench,
  SERVICE_BENCH_AS_OF,
  SERVICE_BENCH_MONTH,
  type ServiceLogBench,
} from "../data/serviceLogRecords";
import { SERVICE_LOG_JOB } from "../../core/jobs/service-log/job";
import { runJob } from "../../core/jobs/registry";
import type { ServiceLogReport } from "../../core/jobs/service-log/report";
import { toDayNumber } from "../../core/values/isoDate";

/** Per type: received, closed, open. */
type Figures = Map<string, [number, number, number]>;

const FIRST = toDayNumber(`${SERVICE_BENCH_MONTH}-01`);
const LAST = toDayNumber(SERVICE_BENCH_AS_OF);
const AS_OF_END = (LAST + 1) * 1440;

const COUNTS_SQL = `
SELECT type,
  COUNT(*),
  SUM(CASE WHEN completed IS NOT NULL AND completed < ${AS_OF_END} THEN 1 ELSE 0 END),
  SUM(CASE WHEN completed IS NULL OR completed >= ${AS_OF_END} THEN 1 ELSE 0 END)
FROM items WHERE day BETWEEN ${FIRST} AND ${LAST} GROUP BY type`;

const databases = new WeakMap<ServiceLogBench, DuckBaseline>();

/** The service-log job on a long register, against DuckDB counting received, closed and open per type. */
export const serviceLog: BenchCase<ServiceLogBench, ServiceLogReport, Figures> = {
  name: "service-log",
  description:
    "one register sheet of service items (size = rows; one in ten of the month before, one in twelve still open; " +
    "times as text, 上午9点半, Excel times; completions as date-time text or serials; makeServiceLogBench); core: " +
    "runJob(service-log) from cell grids to report and sheets (header finding, cell and time parsing, limits " +
    "against the working calendar, counts by type, channel and department, open items aged, 客服月报 / 未结事项); " +
    "baseline: DuckDB over the same items loaded untimed - received, closed and open per type for the month",
  sizes: [10_000, 100_000],
  make: makeServiceLogBench,
  runCore: (data) =>
    runJob(SERVICE_LOG_JOB, data.book, {
      today: SERVICE_BENCH_AS_OF,
      lang: "zh-CN",
      month: SERVICE_BENCH_MONTH,
      asOf: SERVICE_BENCH_AS_OF,
    }).report as ServiceLogReport,
  baseline: {
    label: "DuckDB group by",
    async setup(data) {
      const db = await DuckBaseline.create();
      await db.load("CREATE TABLE items (type VARCHAR, day INTEGER, completed BIGINT)", "items", (a) => {
        for (const r of data.rows) {
          a.appendVarchar(r.type);
          a.appendInteger(r.day);
          if (r.completed === null) a.appendNull();
          else a.appendBigInt(BigInt(r.completed));
          a.endRow();
        }
      });
      databases.set(data, db);
    },
    async run(data) {
      const db = databases.get(data)!;
      const figures: Figures = new Map();
      for (const [type, received, closed, open] of await db.query(COUNTS_SQL))
        figures.set(String(type), [Number(received), Number(closed), Number(open)]);
      return figures;
    },
    async teardown(data) {
      databases.get(data)?.close();
      databases.delete(data);
    },
  },
  check(core, baseline) {
    const problems: string[] = [];
    if (core.byType.length !== baseline.size)
      problems.push(`types: core ${core.byType.length}, DuckDB ${baseline.size}`);
    for (const t of core.byType) {
      const theirs = baseline.get(t.type);
      const mine = [t.received, t.closed, t.open];
      if (theirs === undefined || theirs.some((v, i) => v !== mine[i]))
        problems.push(`${t.type}: core ${mine.join(",")}, DuckDB ${theirs?.join(",") ?? "-"}`);
    }
    if (problems.length > 0)
      throw new Error(`service-log: core and DuckDB disagree - ${problems.join("; ")}`);
  },
  figures(report) {
    const t = report.totals;
    return (
      `received ${t.received.toLocaleString("en")}, closed ${t.closed.toLocaleString("en")}, open ${t.open.toLocaleString("en")}; ` +
      `answered on time ${t.respondedOnTime.toLocaleString("en")}, closed on time ${t.completedOnTime.toLocaleString("en")}; ` +
      `${report.openItems.length.toLocaleString("en")} open items`
    );
  },
};
