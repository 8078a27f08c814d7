/**
 * What the pane loads when a job runs, as one chunk (`run`, see jobLoader.ts): the add-in's run (read, compute,
 * write) with the core's pipeline, and the loader of each job's code, whose chunks are loaded from here.
 */
export { runJob } from "./runJob";
export { loadJob } from "../core/runtime";
