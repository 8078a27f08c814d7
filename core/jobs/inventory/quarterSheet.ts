import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { a1 } from "../../values/columnLetter";
import { addMonths, type YearMonth } from "../../values/isoDate";
import { addFen, fenNumber, ZERO_FEN, type Fen } from "../../values/money";
import { qtyNumber, ZERO_QTY } from "../../values/quantity";
import { FormSheetBuilder, type FormColumn, type HeaderGroup } from "../../sheets/formSheetBuilder";
import { MONEY_FORMAT, QUANTITY_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { CATEGORY_LABELS, type Category } from "../../catalog/category";
import type { ItemReconciliation, Reconciliation } from "./reconcile";
import { itemKey } from "./itemKey";
import { byCategory } from "./ledgerSheet";
import { INVENTORY_TEXT as T } from "./texts";

/** True when a month closes a quarter (March, June, September, December). */
export function isQuarterEnd(month: YearMonth): boolean {
  return Number(month.slice(5, 7)) % 3 === 0;
}

/** `2026Q4` for any month of the quarter. */
export function quarterOf(month: YearMonth): string {
  return `${month.slice(0, 4)}Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/**
 * 季度物资台账: the quarter's three months side by side per item (received and issued, quantities and
 * values), with the quarter's opening and closing; months before the ledger's opening month are noted as
 * having no data. `months` are the reconciled months ending with the quarter's last.
 */
export function quarterSheet(
  months: readonly Reconciliation[],
  categoryOf: (item: ItemReconciliation) => Category,
  lang: Lang,
): SheetSpec {
  const last = months[months.length - 1];
  if (last === undefined) throw new Error("quarterSheet needs at least one month");
  const quarterMonths = [-2, -1, 0].map((n) => addMonths(last.month, n));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const present = quarterMonths.map((m) => byMonth.get(m)).filter((m) => m !== undefined);
  const first = present[0] ?? last;
  const columns: FormColumn[] = [
    { header: T.item[lang], width: 16 },
    { header: T.spec[lang], width: 10 },
    { header: T.unit[lang], width: 5 },
    { header: T.quantity[lang], width: 8, format: QUANTITY_FORMAT },
    { header: T.amount[lang], width: 11, format: MONEY_FORMAT },
  ];
  const groups: HeaderGroup[] = [{ label: `${T.opening[lang]} ${first.month}`, first: 4, last: 5 }];
  for (const m of quarterMonths) {
    const at = columns.length + 1;
    for (const head of [T.receivedShort, T.issuedShort]) {
      columns.push({ header: `${head[lang]}${T.quantity[lang]}`, width: 9, format: QUANTITY_FORMAT });
      columns.push({ header: `${head[lang]}${T.amount[lang]}`, width: 11, format: MONEY_FORMAT });
    }
    groups.push({ label: m, first: at, last: at + 3 });
  }
  const closingAt = columns.length + 1;
  columns.push({ header: T.quantity[lang], width: 8, format: QUANTITY_FORMAT });
  columns.push({ header: T.amount[lang], width: 11, format: MONEY_FORMAT });
  groups.push({ label: `${T.closing[lang]} ${last.month}`, first: closingAt, last: closingAt + 1 });

  const builder = new FormSheetBuilder({
    lang,
    name: `${T.quarterSheet[lang]} ${quarterOf(last.month)}`,
    key: `inventory/quarter/${quarterOf(last.month)}`,
    title: T.quarterTitle[lang],
    subtitles: [
      `${T.quarter[lang]}${COLON[lang]}${quarterOf(last.month)}（${quarterMonths[0]} ~ ${last.month}）`,
    ],
    columns,
    headerGroups: groups,
    orientation: "landscape",
    freezeColumns: 3,
  });

  const lookups = quarterMonths.map((m) => {
    const month = byMonth.get(m);
    return new Map((month?.items ?? []).map((i) => [itemKey(i), i]));
  });
  const firstItems = new Map(first.items.map((i) => [itemKey(i), i]));
  const valueColumns = [5, ...quarterMonths.flatMap((_, n) => [7 + n * 4, 9 + n * 4]), closingAt + 1];
  const totals = new Map<number, Fen>(valueColumns.map((c) => [c, ZERO_FEN]));
  for (const group of byCategory(unionOfItems(present), categoryOf)) {
    builder.group(CATEGORY_LABELS[group.category][lang]);
    const sums = new Map<number, Fen>(valueColumns.map((c) => [c, ZERO_FEN]));
    for (const item of group.items) {
      const key = itemKey(item);
      const r = builder.nextRow;
      const opening = firstItems.get(key);
      const closing = lookups[2]?.get(key);
      const cells: OutCell[] = [item.item, item.spec, item.unit];
      cells.push(qtyNumber(opening?.opening ?? ZERO_QTY), fenNumber(opening?.openingValue ?? ZERO_FEN));
      const fen: Fen[] = [opening?.openingValue ?? ZERO_FEN];
      for (const lookup of lookups) {
        const m = lookup.get(key);
        cells.push(qtyNumber(m?.received ?? ZERO_QTY), fenNumber(m?.receivedValue ?? ZERO_FEN));
        cells.push(qtyNumber(m?.issued ?? ZERO_QTY), fenNumber(m?.issuedValue ?? ZERO_FEN));
        fen.push(m?.receivedValue ?? ZERO_FEN, m?.issuedValue ?? ZERO_FEN);
      }
      const qtyMoves = quarterMonths.map((_, n) => `+${a1(6 + n * 4, r)}-${a1(8 + n * 4, r)}`).join("");
      cells.push({
        formula: `ROUND(${a1(4, r)}${qtyMoves},4)`,
        value: qtyNumber(closing?.expected ?? ZERO_QTY),
      });
      cells.push(fenNumber(closing?.closingValue ?? ZERO_FEN));
      fen.push(closing?.closingValue ?? ZERO_FEN);
      builder.row(cells);
      valueColumns.forEach((c, n) => sums.set(c, addFen(sums.get(c) ?? ZERO_FEN, fen[n] ?? ZERO_FEN)));
    }
    const subtotal: Record<number, number> = {};
    for (const [c, v] of sums) {
      subtotal[c] = fenNumber(v);
      totals.set(c, addFen(totals.get(c) ?? ZERO_FEN, v));
    }
    builder.subtotal(T.subtotal[lang], subtotal);
  }
  const total: Record<number, number> = {};
  for (const [c, v] of totals) total[c] = fenNumber(v);
  builder.total(T.total[lang], total);
  const missing = quarterMonths.filter((m) => !byMonth.has(m));
  builder.notes(
    missing.map((m) => T.noMonthData[lang].replace("{month}", m).replace("{opening}", first.month)),
  );
  builder.signatures(T.ledgerSignatures.map((s) => s[lang]));
  return builder.build();
}

/** Every item of the months, once, in the last month's order then any that left the ledger earlier. */
function unionOfItems(months: readonly Reconciliation[]): ItemReconciliation[] {
  const seen = new Map<string, ItemReconciliation>();
  for (const month of [...months].reverse()) {
    for (const item of month.items) if (!seen.has(itemKey(item))) seen.set(itemKey(item), item);
  }
  return [...seen.values()];
}
