import type { JobDefinition } from "./job";
import { PURCHASE_PLAN_JOB } from "./purchase-plan/job";
import { COLLECTION_JOB } from "./collection/job";
import { INVENTORY_JOB } from "./inventory/job";
import { ATTENDANCE_JOB } from "./attendance/job";
import { WEEKLY_COLLECTION_JOB } from "./finance/weekly-collection/job";
import { FEE_STATISTICS_JOB } from "./finance/fee-statistics/job";
import { CASH_PLAN_JOB } from "./finance/cash-plan/job";
import { ADVANCES_JOB } from "./finance/advances/job";
import { CALENDAR_JOB } from "./calendar/job";
import { DUTY_ROSTER_JOB } from "./duty-roster/job";
import { SERVICE_LOG_JOB } from "./service-log/job";

/**
 * The registry: every job, declared ({@link JOB_DECLARATIONS}, light, in `declarations.ts`) and in full
 * ({@link JOBS}, with each job's rules and sheets), and the one pipeline ({@link runJob}, in `pipeline.ts`).
 * Hosts that run in one process (the CLI, tests) use `JOBS`; the task pane uses the declarations and
 * `loadJob` so a job's code loads only when it runs.
 */
export {
  JOB_DECLARATIONS,
  findJobDeclaration,
  periodName,
  placeJobInputs,
  type JobPlacement,
} from "./declarations";
export { runJob, type JobRun } from "./pipeline";
export { loadJob } from "./loadJob";

/** Every job PropDesk can run, in full, in the order menus show them (that of `JOB_DECLARATIONS`). */
export const JOBS: readonly JobDefinition[] = [
  PURCHASE_PLAN_JOB as JobDefinition,
  COLLECTION_JOB as JobDefinition,
  INVENTORY_JOB as JobDefinition,
  ATTENDANCE_JOB as JobDefinition,
  WEEKLY_COLLECTION_JOB as JobDefinition,
  FEE_STATISTICS_JOB as JobDefinition,
  CASH_PLAN_JOB as JobDefinition,
  ADVANCES_JOB as JobDefinition,
  CALENDAR_JOB as JobDefinition,
  DUTY_ROSTER_JOB as JobDefinition,
  SERVICE_LOG_JOB as JobDefinition,
];

/** The job with an id, or undefined. */
export function findJob(id: string): JobDefinition | undefined {
  return JOBS.find((job) => job.id === id);
}
