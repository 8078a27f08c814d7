import { issue, type Issue, type ParamValue } from "../issues";
import type { Dec } from "../values/decimal";
import { lineAmount, type Fen } from "../values/money";
import { qtyText, type QtyE4 } from "../values/quantity";
import { takeFigures } from "./exactSums";
import type { CellRef } from "./rowRefs";

/** A row's line amount, or the error that leaves the row out. */
export type RowAmount = { ok: true; amount: Fen } | { ok: false; issue: Issue };

/**
 * A row's quantity x price as its amount ({@link lineAmount}), taken into the run's sums: an error at the price's
 * cell when the product reaches what a line may hold (`value_too_large`: a barcode pasted into 单价) or would carry
 * the run's sums past exact arithmetic (`sum_too_large`); the value shown is `quantity × price`, the price's column
 * named by `header` (its header on the sheet: {@link headerOf}).
 * @example rowAmount(qtyE4(20000), new Dec("2.5"), priceCell, "unitPrice", "单价") gives 500 fen
 */
export function rowAmount(
  quantity: QtyE4,
  price: Dec,
  at: CellRef,
  field: string,
  header: ParamValue,
): RowAmount {
  const amount = lineAmount(quantity, price);
  const refused = amount === null ? "value_too_large" : takeFigures(amount, 0) ? null : "sum_too_large";
  if (amount !== null && refused === null) return { ok: true, amount };
  const value = `${qtyText(quantity)} × ${price.toString()}`;
  return { ok: false, issue: issue(refused ?? "value_too_large", "error", at, { header, value, field }) };
}
