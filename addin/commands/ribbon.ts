import { JOB_DECLARATIONS, type JobDeclaration } from "../../core/light";
import type { PaneBridge } from "../taskpane/paneBridge";
import { commandName } from "./commandName";
import { waitForPane } from "./waitForPane";

/** The event Office passes to an ExecuteFunction handler; `completed()` must be called exactly once. */
export interface AddinCommandEvent {
  completed(): void;
}

/** The part of Office.js the ribbon commands use (an interface, so tests can pass a stand-in). */
export interface OfficeForCommands {
  onReady(callback?: () => void): Promise<unknown>;
  actions: { associate(name: string, handler: (event: AddinCommandEvent) => void | Promise<void>): void };
  addin: { showAsTaskpane(): Promise<void> };
}

/** Where a ribbon command runs a job: Office, and the task pane once it is ready (null if it never is). */
export interface CommandContext {
  office: OfficeForCommands;
  pane(): Promise<PaneBridge | null>;
}

/** A ribbon button: shows the pane, runs the job there with its defaults, then completes the event (so Excel queues further clicks). */
export async function runFromRibbon(
  jobId: string,
  context: CommandContext,
  event: AddinCommandEvent,
): Promise<void> {
  try {
    await context.office.addin.showAsTaskpane();
    const pane = await context.pane();
    if (pane) await pane.runWithDefaults(jobId);
    else console.error(`PropDesk: the task pane did not start, so ${jobId} did not run`);
  } catch (error) {
    console.error(`PropDesk: ${jobId} from the ribbon failed`, error);
  } finally {
    event.completed();
  }
}

/** The ribbon handlers, one per job, by manifest function name (`runPurchasePlan`, ...). */
export function commandHandlers(
  jobs: readonly JobDeclaration[],
  context: CommandContext,
): Map<string, (event: AddinCommandEvent) => Promise<void>> {
  return new Map(jobs.map((job) => [commandName(job.id), (event) => runFromRibbon(job.id, context, event)]));
}

/** Associates every job's ribbon function with its handler once Office is ready. */
export function registerCommands(
  office: OfficeForCommands,
  jobs: readonly JobDeclaration[] = JOB_DECLARATIONS,
): void {
  const handlers = commandHandlers(jobs, { office, pane: () => waitForPane(window) });
  void office.onReady(() => {
    for (const [name, handler] of handlers) office.actions.associate(name, handler);
  });
}
