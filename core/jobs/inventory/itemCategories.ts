import { categoryOf, type Category } from "../../catalog/category";
import type { InventoryInputs } from "./readInputs";
import { itemKey } from "./itemKey";

/**
 * Each item's category for grouping the ledger and the stock list: as the count sheet gives it, else the
 * opening stock, else the month's purchase plan; items with none are uncategorised.
 */
export function itemCategories(
  inputs: Pick<InventoryInputs, "counts" | "opening">,
  planned: ReadonlyMap<string, Category> | null,
): (ref: { item: string; spec: string; unit: string }) => Category {
  const typed = new Map<string, Category>();
  for (const record of [...inputs.counts, ...inputs.opening]) {
    if (record.category === null) continue;
    const category = categoryOf(record.category);
    const key = itemKey(record);
    if (category !== null && !typed.has(key)) typed.set(key, category);
  }
  return (ref) => {
    const key = itemKey(ref);
    return typed.get(key) ?? planned?.get(key) ?? "uncategorised";
  };
}
