import { registerCase } from "../harness";
import { addinSyncs } from "./addinSyncs";
import { attendance } from "./attendance";
import { collection } from "./collection";
import { gridGroupSum } from "./gridGroupSum";
import { inventory } from "./inventory";
import { inventoryReconcile } from "./inventoryReconcile";
import { purchasePlan } from "./purchasePlan";

/** Registers every bench case; add a case here to have `npm run bench` run it. */
export function registerAllCases(): void {
  registerCase(gridGroupSum);
  registerCase(purchasePlan);
  registerCase(addinSyncs);
  registerCase(collection);
  registerCase(inventory);
  registerCase(inventoryReconcile);
  registerCase(attendance);
}
