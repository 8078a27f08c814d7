import type { JobDefinition, JobParams, JobResult } from "./job";
import type { TableSpec } from "../table/declaration";
import type { BookData } from "../table/sheetData";
import { locateInputs } from "../table/locateInputs";
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

/**
 * Runs a job as hosts do: on the workbook less the sheets that another job's tables fit better (an office
 * keeps requests, fee ledgers, stock and rosters in one workbook; each job sees only what is its own, so a
 * purchase request is never taken for opening stock). Sheets a person chose for the job always stay. A date a
 * person gave that lies after today is run as given, with a warning first among the issues.
 */
export function runRegisteredJob(job: JobDefinition, book: BookData, params: JobParams): JobResult<unknown> {
  const result = job.run(withoutOthersSheets(job, book, params.inputSheets), params);
  const future = datesAfterToday(params);
  return future.length === 0 ? result : { ...result, issues: [...future, ...result.issues] };
}

/** The workbook without the sheets placed, among every registered job's tables, in a table this job does not read. */
export function withoutOthersSheets(
  job: JobDefinition,
  book: BookData,
  chosen: JobParams["inputSheets"],
): BookData {
  const own = new Set(job.inputs.map((t) => t.role));
  const tables = new Map<string, TableSpec>();
  for (const t of JOBS.flatMap((j) => j.inputs)) if (!tables.has(t.role)) tables.set(t.role, t);
  if ([...tables.keys()].every((role) => own.has(role))) return book;
  const placed = locateInputs(job.prepareBook?.(book) ?? book, [...tables.values()]).byRole;
  const kept = new Set(Object.values(chosen ?? {}).flat());
  const others = new Set<string>();
  for (const [role, sheets] of placed) {
    if (own.has(role)) continue;
    for (const sheet of sheets) if (!kept.has(sheet.name)) others.add(sheet.name);
  }
  if (others.size === 0) return book;
  return { ...book, sheets: book.sheets.filter((s) => !others.has(s.name)) };
}
