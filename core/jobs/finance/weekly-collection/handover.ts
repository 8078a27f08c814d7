import { addDays, type IsoDate } from "../../../values/isoDate";
import { addFen, minusFen, ZERO_FEN, type Fen } from "../../../values/money";
import type { CellRef } from "../../../table/rowRefs";
import { compareMethods } from "./paymentMethod";
import type { HandoverEntry } from "./readHandover";
import type { CollectionWeek } from "./week";

/** One method's money of the week beside what the cashier took over for it. */
export interface HandoverLine {
  method: string;
  collectedFen: Fen;
  handedOverFen: Fen;
  /** handed over - collected: negative when money is short (短款), positive when over (长款). */
  differenceFen: Fen;
  /** The amount cell of the method's first handover row in the window (where a difference is reported). */
  first: CellRef;
}

/**
 * The handover dates that belong to a week: Friday after its first day to the Thursday after it ends.
 * The list is made on Wednesday and the cash handed over on Thursday, so the Thursday on which a week
 * starts is the previous week's handover day; handovers made during the week count for it.
 * @example handoverWindow({ from: "2026-11-12", to: "2026-11-18" }) -> { from: "2026-11-13", to: "2026-11-19" }
 */
export function handoverWindow(week: CollectionWeek): { from: IsoDate; to: IsoDate } {
  return { from: addDays(week.from, 1), to: addDays(week.to, 1) };
}

/**
 * Compares, per method the week's handover rows name, the money collected in the week with the money
 * handed over. Methods the rows do not name are not compared (WeChat, Alipay and transfers usually go
 * straight to the bank, not through the cashier's hands).
 */
export function compareHandover(
  entries: readonly HandoverEntry[],
  collected: ReadonlyMap<string, Fen>,
  week: CollectionWeek,
): HandoverLine[] {
  const days = handoverWindow(week);
  const byMethod = new Map<string, { fen: Fen; first: CellRef }>();
  for (const e of entries) {
    if (e.date < days.from || e.date > days.to) continue;
    const line = byMethod.get(e.method);
    if (line === undefined) byMethod.set(e.method, { fen: e.amountFen, first: e.source });
    else line.fen = addFen(line.fen, e.amountFen);
  }
  return [...byMethod.keys()].sort(compareMethods).map((method) => {
    const { fen, first } = byMethod.get(method)!;
    const collectedFen = collected.get(method) ?? ZERO_FEN;
    return { method, collectedFen, handedOverFen: fen, differenceFen: minusFen(fen, collectedFen), first };
  });
}
