import { registerCase } from "../harness";
import { registerSectionCase } from "../sectionCases";
import { addinSyncs } from "./addinSyncs";
import { attendance } from "./attendance";
import { cliEndToEnd } from "./cliEndToEnd";
import { collection } from "./collection";
import { gridGroupSum } from "./gridGroupSum";
import { inventory } from "./inventory";
import { inventoryReconcile } from "./inventoryReconcile";
import { purchasePlan } from "./purchasePlan";
import { serviceLog } from "./serviceLog";

/** Registers every bench case, table cases and section cases; add a case here to have `npm run bench` run it. */
export function registerAllCases(): void {
  registerCase(gridGroupSum);
  registerCase(purchasePlan);
  registerCase(addinSyncs);
  registerCase(collection);
  registerCase(inventory);
  registerCase(inventoryReconcile);
  registerCase(attendance);
  registerCase(serviceLog);
  registerSectionCase(cliEndToEnd);
}
