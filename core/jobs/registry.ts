import type { JobDefinition } from "./job";
import { PURCHASE_PLAN_JOB } from "./purchase-plan/job";

/** Every job PropDesk can run, in the order menus show them. */
export const JOBS: readonly JobDefinition[] = [PURCHASE_PLAN_JOB as JobDefinition];

/** The job with an id, or undefined. */
export function findJob(id: string): JobDefinition | undefined {
  return JOBS.find((job) => job.id === id);
}
