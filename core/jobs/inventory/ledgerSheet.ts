import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { a1 } from "../../values/columnLetter";
import { addFen, fenNumber, ZERO_FEN, type Fen } from "../../values/money";
import { qtyNumber } from "../../values/quantity";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { MONEY_FORMAT, QUANTITY_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec, StyleName } from "../../sheets/sheetSpec";
import { CATEGORIES, CATEGORY_LABELS, type Category } from "../../catalog/category";
import type { ItemReconciliation, Reconciliation } from "./reconcile";
import { INVENTORY_TEXT as T } from "./texts";

/** The value columns the subtotals and totals sum (opening, received, issued, closing, variance values). */
const VALUE_COLUMNS = [5, 7, 9, 11, 16] as const;

/** Items grouped by category in the form's order, empty groups left out (each item's category looked up once). */
export function byCategory(
  items: readonly ItemReconciliation[],
  categoryOf: (item: ItemReconciliation) => Category,
): { category: Category; items: ItemReconciliation[] }[] {
  const groups = new Map<Category, ItemReconciliation[]>(CATEGORIES.map((c) => [c, []]));
  for (const item of items) groups.get(categoryOf(item))?.push(item);
  return CATEGORIES.map((category) => ({ category, items: groups.get(category) ?? [] })).filter(
    (g) => g.items.length > 0,
  );
}

/** A unit cost as the sheets show it: a number with at most six decimals. */
export function unitCostCell(item: ItemReconciliation): number | null {
  return item.unitCost === null ? null : Number(item.unitCost.toFixed(6));
}

/** The row style of an item: 盘盈 shaded orange, 盘亏 red. */
export function varianceStyle(item: ItemReconciliation): StyleName | undefined {
  if (item.variance === null || item.variance === 0) return undefined;
  return item.variance > 0 ? "warning" : "error";
}

/**
 * 物资台账 YYYY-MM: per item opening, received, issued, closing (quantities and values), the unit cost, the
 * book balance at the count, the count and the variance, grouped by category with subtotals and a total.
 * Closing quantity, issued value and variance are formulas over the row, totals SUBTOTALs.
 */
export function ledgerSheet(
  month: Reconciliation,
  categoryOf: (item: ItemReconciliation) => Category,
  lang: Lang,
): SheetSpec {
  const qty = { width: 9, format: QUANTITY_FORMAT };
  const money = { width: 12, format: MONEY_FORMAT };
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.ledgerSheet[lang]} ${month.month}`,
    key: `inventory/ledger/${month.month}`,
    title: T.ledgerTitle[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${month.month}      ${T.countDate[lang]}${COLON[lang]}${month.countDate}`,
    ],
    columns: [
      { header: T.item[lang], width: 18 },
      { header: T.spec[lang], width: 12 },
      { header: T.unit[lang], width: 6 },
      { header: T.quantity[lang], ...qty },
      { header: T.amount[lang], ...money },
      { header: T.quantity[lang], ...qty },
      { header: T.amount[lang], ...money },
      { header: T.quantity[lang], ...qty },
      { header: T.amount[lang], ...money },
      { header: T.quantity[lang], ...qty },
      { header: T.amount[lang], ...money },
      { header: T.unitCost[lang], width: 10, format: "0.00####" },
      { header: T.bookAtCount[lang], ...qty },
      { header: T.counted[lang], ...qty },
      { header: T.quantity[lang], ...qty },
      { header: T.amount[lang], ...money },
    ],
    headerGroups: [
      { label: T.opening[lang], first: 4, last: 5 },
      { label: T.received[lang], first: 6, last: 7 },
      { label: T.issued[lang], first: 8, last: 9 },
      { label: T.closing[lang], first: 10, last: 11 },
      { label: T.variance[lang], first: 15, last: 16 },
    ],
    orientation: "landscape",
    freezeColumns: 3,
  });
  const totals = new Map<number, Fen>(VALUE_COLUMNS.map((c) => [c, ZERO_FEN]));
  for (const group of byCategory(month.items, categoryOf)) {
    builder.group(CATEGORY_LABELS[group.category][lang]);
    const sums = new Map<number, Fen>(VALUE_COLUMNS.map((c) => [c, ZERO_FEN]));
    for (const item of group.items) {
      const r = builder.nextRow;
      builder.row(ledgerRow(item, r), varianceStyle(item));
      const values = [item.openingValue, item.receivedValue, item.issuedValue, item.closingValue];
      values.push(item.varianceValue ?? ZERO_FEN);
      VALUE_COLUMNS.forEach((c, n) => sums.set(c, addFen(sums.get(c) ?? ZERO_FEN, values[n] ?? ZERO_FEN)));
    }
    builder.subtotal(T.subtotal[lang], yuan(sums));
    for (const [c, v] of sums) totals.set(c, addFen(totals.get(c) ?? ZERO_FEN, v));
  }
  builder.total(T.total[lang], yuan(totals));
  builder.notes([T.ledgerNotes[lang]]);
  builder.signatures(T.ledgerSignatures.map((s) => s[lang]));
  return builder.build();
}

function yuan(fen: ReadonlyMap<number, Fen>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [column, value] of fen) out[column] = fenNumber(value);
  return out;
}

function ledgerRow(item: ItemReconciliation, r: number): OutCell[] {
  const n = qtyNumber;
  const m = fenNumber;
  return [
    item.item,
    item.spec,
    item.unit,
    n(item.opening),
    m(item.openingValue),
    n(item.received),
    m(item.receivedValue),
    n(item.issued),
    { formula: `ROUND(${a1(5, r)}+${a1(7, r)}-${a1(11, r)},2)`, value: m(item.issuedValue) },
    { formula: `ROUND(${a1(4, r)}+${a1(6, r)}-${a1(8, r)},4)`, value: n(item.expected) },
    m(item.closingValue),
    unitCostCell(item),
    n(item.bookAtCount),
    item.counted === null ? null : n(item.counted),
    item.variance === null
      ? null
      : { formula: `ROUND(${a1(14, r)}-${a1(13, r)},4)`, value: n(item.variance) },
    item.varianceValue === null ? null : m(item.varianceValue),
  ];
}
