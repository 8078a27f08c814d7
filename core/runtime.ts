/**
 * What running a job needs: the one pipeline, the issues sheet and the issues' words in each language (the
 * messages, also for the pane's result of a run), and each job's full definition (`loadJob`, one
 * `import()` per job). The task pane imports this with `import()` when a job runs, so a bundler makes it a chunk
 * that each job's chunk can build on; it imports no job statically. `core/index.ts` exports all of it too.
 */
export { runJob } from "./jobs/pipeline";
export type { JobRun } from "./jobs/pipeline";
export { isUnusable, jobIssuesSheet } from "./jobs/job";
export { loadJob } from "./jobs/loadJob";
export { formatIssue, issueLocation } from "./i18n/formatIssue";
