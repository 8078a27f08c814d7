import { sortIssues, type Issue } from "../issues";
import type { TableSpec } from "../table/declaration";
import { locateInputs, type InputsFound } from "../table/locateInputs";
import { placedSheets, type PlacedSheets } from "../table/placedSheets";
import type { BookData } from "../table/sheetData";
import type { SheetSpec } from "../sheets/sheetSpec";
import { isUnusable, jobIssuesSheet, type JobDefinition, type JobParams } from "./job";
import { datesAfterToday } from "./periodDefaults";
import { PURCHASE_PLAN_JOB } from "./purchase-plan/job";
import { COLLECTION_JOB } from "./collection/job";
import { INVENTORY_JOB } from "./inventory/job";
import { ATTENDANCE_JOB } from "./attendance/job";
import { WEEKLY_COLLECTION_JOB } from "./finance/weekly-collection/job";
import { FEE_STATISTICS_JOB } from "./finance/fee-statistics/job";
import { CASH_PLAN_JOB } from "./finance/cash-plan/job";
import { ADVANCES_JOB } from "./finance/advances/job";

/** Every job PropDesk can run, in the order menus show them. */
export const JOBS: readonly JobDefinition[] = [
  PURCHASE_PLAN_JOB as JobDefinition,
  COLLECTION_JOB as JobDefinition,
  INVENTORY_JOB as JobDefinition,
  ATTENDANCE_JOB as JobDefinition,
  WEEKLY_COLLECTION_JOB as JobDefinition,
  FEE_STATISTICS_JOB as JobDefinition,
  CASH_PLAN_JOB as JobDefinition,
  ADVANCES_JOB as JobDefinition,
];

/** The job with an id, or undefined. */
export function findJob(id: string): JobDefinition | undefined {
  return JOBS.find((job) => job.id === id);
}

/** A job's inputs placed in a workbook: the sheets of each of its roles, and the issues of placing them. */
export interface JobPlacement {
  placed: PlacedSheets;
  /** The job's own roles and their sheets, and the placement issues that concern the job. */
  found: InputsFound;
}

/**
 * Places a workbook's sheets for a job, once, among every registered job's tables (an office keeps requests,
 * fee ledgers, stock and rosters in one workbook; a sheet goes to the table that fits it best, so a purchase
 * request is never taken for opening stock). The job gets its own roles; sheets a person chose for a role
 * (`chosen`) go there whatever fits better. The workbook is first seen as the job's reader sees it
 * ({@link JobDefinition.prepareBook}).
 */
export function placeJobInputs(
  job: JobDefinition,
  book: BookData,
  chosen: JobParams["inputSheets"] = {},
): JobPlacement {
  const seen = job.prepareBook?.(book) ?? book;
  const own = new Set(job.inputs.map((t) => t.role));
  const tables = new Map<string, TableSpec>();
  for (const t of JOBS.flatMap((j) => j.inputs)) if (!tables.has(t.role)) tables.set(t.role, t);
  // The job's own declarations (an optional table, say) in the same places, so ties go the same way for every job.
  for (const t of job.inputs) tables.set(t.role, t);
  const all = locateInputs(seen, [...tables.values()], chosen);
  const byRole = new Map([...all.byRole].filter(([role]) => own.has(role)));
  const ownLabels = new Set(job.inputs.map((t) => t.label));
  const issues = all.issues.filter(
    (i) =>
      (i.code !== "no_input_sheet" && i.code !== "extra_input_sheet") ||
      ownLabels.has(i.params?.["table"] as TableSpec["label"]),
  );
  return { placed: placedSheets(seen, byRole), found: { byRole, issues } };
}

/** The name of the period a run covers, as sheets and the issues sheet name it (`2026-11`, `2026-01~2026-11`, a date). */
export function periodName(job: JobDefinition, params: JobParams): string {
  if (params.from !== undefined || params.to !== undefined)
    return `${params.from ?? params.to}~${params.to ?? params.from}`;
  return params.month ?? params.asOf ?? job.defaultPeriod(params.today);
}

/** One run of a job as every host makes it: what to write, what was found, and whether the workbook could be used. */
export interface JobRun<R = unknown> {
  report: R;
  /** The job's sheets then its issues sheet; none when the workbook holds no input for the job. */
  sheets: SheetSpec[];
  /** Every issue in reading order: the dates after today, placing the sheets, then the job's own. */
  issues: Issue[];
  period: string;
  /** True when the workbook holds no input for the job at all (nothing is to be written). */
  unusable: boolean;
}

/**
 * The one pipeline every host runs a job through: place the sheets once, run the job on them, put the issues
 * in reading order and add the issues sheet. Pure and deterministic; hosts only read the workbook and write
 * what this returns.
 */
export function runJob<R = unknown>(job: JobDefinition<R>, book: BookData, params: JobParams): JobRun<R> {
  const { placed, found } = placeJobInputs(job as JobDefinition, book, params.inputSheets);
  const result = job.run(placed, params);
  const issues = [
    ...datesAfterToday(params),
    ...sortIssues(
      [...found.issues, ...result.issues],
      book.sheets.map((s) => s.name),
    ),
  ];
  const period = periodName(job as JobDefinition, params);
  const unusable = isUnusable(issues);
  const sheets = unusable
    ? []
    : [...result.sheets, jobIssuesSheet(job as JobDefinition, issues, period, params.lang)];
  return { report: result.report, sheets, issues, period, unusable };
}
