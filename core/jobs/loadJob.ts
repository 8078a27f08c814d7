import type { JobDefinition } from "./job";

/**
 * Each job's full definition (`job.ts`: its rules, readers and sheets), imported when asked for. A bundler
 * makes each a chunk of its own (the names are webpack's), so a host that loads code over a network loads a
 * job's code only when the job runs; Node imports the module as usual. Light: imports no job statically.
 */
const LOADERS: Readonly<Record<string, () => Promise<JobDefinition>>> = {
  "purchase-plan": () =>
    import(/* webpackChunkName: "job-purchase-plan" */ "./purchase-plan/job").then(
      (m) => m.PURCHASE_PLAN_JOB as JobDefinition,
    ),
  collection: () =>
    import(/* webpackChunkName: "job-collection" */ "./collection/job").then(
      (m) => m.COLLECTION_JOB as JobDefinition,
    ),
  inventory: () =>
    import(/* webpackChunkName: "job-inventory" */ "./inventory/job").then(
      (m) => m.INVENTORY_JOB as JobDefinition,
    ),
  attendance: () =>
    import(/* webpackChunkName: "job-attendance" */ "./attendance/job").then(
      (m) => m.ATTENDANCE_JOB as JobDefinition,
    ),
  "weekly-collection": () =>
    import(/* webpackChunkName: "job-weekly-collection" */ "./finance/weekly-collection/job").then(
      (m) => m.WEEKLY_COLLECTION_JOB as JobDefinition,
    ),
  "fee-statistics": () =>
    import(/* webpackChunkName: "job-fee-statistics" */ "./finance/fee-statistics/job").then(
      (m) => m.FEE_STATISTICS_JOB as JobDefinition,
    ),
  "cash-plan": () =>
    import(/* webpackChunkName: "job-cash-plan" */ "./finance/cash-plan/job").then(
      (m) => m.CASH_PLAN_JOB as JobDefinition,
    ),
  advances: () =>
    import(/* webpackChunkName: "job-advances" */ "./finance/advances/job").then(
      (m) => m.ADVANCES_JOB as JobDefinition,
    ),
  calendar: () =>
    import(/* webpackChunkName: "job-calendar" */ "./calendar/job").then(
      (m) => m.CALENDAR_JOB as JobDefinition,
    ),
  "duty-roster": () =>
    import(/* webpackChunkName: "job-duty-roster" */ "./duty-roster/job").then(
      (m) => m.DUTY_ROSTER_JOB as JobDefinition,
    ),
  "service-log": () =>
    import(/* webpackChunkName: "job-service-log" */ "./service-log/job").then(
      (m) => m.SERVICE_LOG_JOB as JobDefinition,
    ),
};

/** The job ids {@link loadJob} knows: those of `JOB_DECLARATIONS`, in no particular order. */
export const LOADABLE_JOB_IDS: readonly string[] = Object.keys(LOADERS);

/** The full definition of the job with an id, imported on demand; rejects with a RangeError for an unknown id. */
export function loadJob(id: string): Promise<JobDefinition> {
  const load = Object.hasOwn(LOADERS, id) ? LOADERS[id] : undefined;
  return load ? load() : Promise.reject(new RangeError(`PropDesk has no job ${id}`));
}
