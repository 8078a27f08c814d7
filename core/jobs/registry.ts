import type { JobDefinition, JobParams, JobResult } from "./job";
import type { BookData } from "../table/sheetData";
import { locateInputs } from "../table/locateInputs";
import { PURCHASE_PLAN_JOB } from "./purchase-plan/job";
import { COLLECTION_JOB } from "./collection/job";

/** Every job PropDesk can run, in the order menus show them. */
export const JOBS: readonly JobDefinition[] = [
  PURCHASE_PLAN_JOB as JobDefinition,
  COLLECTION_JOB as JobDefinition,
];

/** The job with an id, or undefined. */
export function findJob(id: string): JobDefinition | undefined {
  return JOBS.find((job) => job.id === id);
}

/**
 * Runs a job as hosts do: its result, less the "sheet not placed" warnings for sheets another job reads
 * (an office keeps requests, fee ledgers and rosters in one workbook; each job need not list the others').
 */
export function runRegisteredJob(job: JobDefinition, book: BookData, params: JobParams): JobResult<unknown> {
  const result = job.run(book, params);
  const others = JOBS.filter((j) => j.id !== job.id).flatMap((j) => j.inputs);
  if (others.length === 0 || !result.issues.some((i) => i.code === "sheet_not_placed")) return result;
  const elsewhere = new Set(
    [...locateInputs(book, others).byRole.values()].flat().map((sheet) => sheet.name),
  );
  const issues = result.issues.filter(
    (i) => !(i.code === "sheet_not_placed" && i.sheet !== undefined && elsewhere.has(i.sheet)),
  );
  return { ...result, issues };
}
