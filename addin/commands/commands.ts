import "./commands.html";

/** The event Office passes to an ExecuteFunction handler; `completed()` must be called exactly once. */
export interface AddinCommandEvent {
  completed(): void;
}

/** The part of Office.js this file uses (office.js comes from Microsoft's CDN; no @types/office-js is installed). */
interface OfficeForCommands {
  onReady(callback?: () => void): Promise<unknown>;
  actions: { associate(name: string, handler: (event: AddinCommandEvent) => void | Promise<void>): void };
  addin: { showAsTaskpane(): Promise<void> };
}

declare const Office: OfficeForCommands | undefined;

/** The FunctionName of the purchase-plan ribbon button in manifest.xml. */
export const PURCHASE_PLAN_FUNCTION = "runPurchasePlan";

/**
 * Ribbon button 物资采购申请计划: for now opens the task pane (SharedRuntime 1.1), where the job runs.
 * Always completes the event, so Excel never leaves the button spinning.
 */
export async function runPurchasePlan(office: OfficeForCommands, event: AddinCommandEvent): Promise<void> {
  try {
    await office.addin.showAsTaskpane();
  } catch (error) {
    console.error("PropDesk: could not show the task pane", error);
  } finally {
    event.completed();
  }
}

/** Associates every ribbon function with its handler once Office is ready. */
export function registerCommands(office: OfficeForCommands): void {
  void office.onReady(() => {
    office.actions.associate(PURCHASE_PLAN_FUNCTION, (event) => runPurchasePlan(office, event));
  });
}

if (typeof Office !== "undefined") registerCommands(Office);
