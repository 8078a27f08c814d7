import type { Issue, Severity } from "../issues";
import type { Lang } from "../i18n/label";
import { formatIssue } from "../i18n/formatIssue";
import type { RowCounts } from "../table/readTable";
import type { SheetReading } from "../table/readings";

/** An issue as the `--json` report gives it: code, severity, location and the message in the chosen language. */
export interface ReportedIssue {
  code: string;
  severity: Severity;
  sheet?: string;
  row?: number;
  column?: string;
  message: string;
}

/** An issue with its message, for the JSON report. */
export function reportIssue(issue: Issue, lang: Lang): ReportedIssue {
  const out: ReportedIssue = {
    code: issue.code,
    severity: issue.severity,
    message: formatIssue(issue, lang),
  };
  if (issue.sheet !== undefined) out.sheet = issue.sheet;
  if (issue.row !== undefined) out.row = issue.row;
  if (issue.column !== undefined) out.column = issue.column;
  return out;
}

/** How a sheet was read, as the `--json` report gives it: names in the chosen language. */
export interface ReportedReading {
  sheet: string;
  /** The table the sheet was read as, and its role. */
  table: string;
  role: string;
  /** Excel row numbers of the header (empty when none was found). */
  headerRows: number[];
  /** Each declared column found, left to right: its letter, key and field name. */
  columns: { column: string; key: string; field: string }[];
  counts: RowCounts;
}

/** A sheet's reading with its names in a language, for the JSON report. */
export function reportReading(reading: SheetReading, lang: Lang): ReportedReading {
  return {
    sheet: reading.sheet,
    table: reading.table[lang],
    role: reading.role,
    headerRows: [...reading.headerRows],
    columns: reading.columns.map((c) => ({ column: c.letter, key: c.key, field: c.field[lang] })),
    counts: {
      read: reading.counts.read,
      rejected: reading.counts.rejected,
      skipped: { ...reading.counts.skipped },
    },
  };
}

/**
 * A job's report with its issues appended, as the CLI's `--json` prints it and other tools read it; with the
 * run's readings, `readings` beside the issues (how each input sheet was read).
 */
export function reportWithIssues<R extends object>(
  report: R,
  issues: readonly Issue[],
  lang: Lang,
): R & { issues: ReportedIssue[] };
export function reportWithIssues<R extends object>(
  report: R,
  issues: readonly Issue[],
  lang: Lang,
  readings: readonly SheetReading[],
): R & { issues: ReportedIssue[]; readings: ReportedReading[] };
export function reportWithIssues<R extends object>(
  report: R,
  issues: readonly Issue[],
  lang: Lang,
  readings?: readonly SheetReading[],
): R & { issues: ReportedIssue[]; readings?: ReportedReading[] } {
  const out = { ...report, issues: issues.map((i) => reportIssue(i, lang)) };
  return readings === undefined ? out : { ...out, readings: readings.map((r) => reportReading(r, lang)) };
}
