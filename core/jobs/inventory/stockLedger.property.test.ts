import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { BookData } from "../../table/sheetData";
import { placeAlone } from "../../table/placedSheets";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { qtyE4 } from "../../values/quantity";
import { INVENTORY_TABLES } from "./inputs";
import { readInventoryInputs } from "./readInputs";
import {
  LEDGER_LAYOUTS,
  ledgerRecords,
  ledgerSheets,
  type LedgerItem,
  type LedgerLayoutName,
} from "./stockLedger.testkit";

const MONTH = "2026-11";
const NAMES = [
  ["LED灯管", "T8", "支"],
  ["拖把", "旋转式", "把"],
  ["洗手液", "", "瓶"],
  ["电线", "BV2.5", "米"],
] as const;

/** A quantity in ten-thousandths: whole units mostly, halves and quarters sometimes (2.5 米). */
const arbQuantity = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => n * 10_000) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 240 }).map((n) => n * 2_500) },
);
const arbPrice = fc
  .integer({ min: 1, max: 99_999 })
  .map((cents) => (cents / 100).toFixed(2).replace(/\.?0+$/u, ""));
const arbMovement = fc.oneof(
  fc.record({
    kind: fc.constant("in" as const),
    day: fc.integer({ min: 1, max: 28 }),
    quantity: arbQuantity,
    price: arbPrice,
  }),
  fc.record({
    kind: fc.constant("out" as const),
    day: fc.integer({ min: 1, max: 28 }),
    quantity: arbQuantity,
  }),
);
const arbItems = fc
  .uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 1, maxLength: NAMES.length })
  .chain((picked) =>
    fc.tuple(
      ...picked.map((n) =>
        fc
          .record({
            opening: fc.option(fc.record({ quantity: arbQuantity, price: arbPrice }), { nil: null }),
            movements: fc.array(arbMovement, { maxLength: 8 }),
          })
          .map(({ opening, movements }): LedgerItem => {
            const [item, spec, unit] = NAMES[n]!;
            return { item, spec, unit, opening, movements: [...movements].sort((a, b) => a.day - b.day) };
          }),
      ),
    ),
  );

function read(layout: LedgerLayoutName, items: readonly LedgerItem[]) {
  const book: BookData = { date1904: false, sheets: ledgerSheets(MONTH, items, layout) };
  return readInventoryInputs(placeAlone(book, [...INVENTORY_TABLES, HOLIDAY_TABLE]), MONTH);
}

describe("a 收发存 ledger generated from receipts and issues", () => {
  it.each(LEDGER_LAYOUTS)(
    "reads back to the same opening, receipts and issues, its balance agreeing (%s)",
    (layout) => {
      fc.assert(
        fc.property(arbItems, (items) => {
          const inputs = read(layout, items);
          const expected = ledgerRecords(MONTH, items);
          const sorted = <T extends { item: string; date: string; quantity: number }>(rows: T[]) =>
            rows.sort(
              (a, b) =>
                a.item.localeCompare(b.item) || a.date.localeCompare(b.date) || a.quantity - b.quantity,
            );
          expect(
            inputs.opening.map(({ item, spec, unit, quantity, valueFen }) => ({
              item,
              spec,
              unit,
              quantity,
              valueFen,
            })),
          ).toEqual(expected.opening.filter((o) => items.find((i) => i.item === o.item) !== undefined));
          expect(
            sorted(
              inputs.receipts.map(({ item, date, quantity, amountFen }) => ({
                item,
                date,
                quantity,
                amountFen,
              })),
            ),
          ).toEqual(expected.receipts);
          expect(sorted(inputs.issues.map(({ item, date, quantity }) => ({ item, date, quantity })))).toEqual(
            expected.issues,
          );
          expect(inputs.receipts.every((r) => r.accepted)).toBe(true);
          expect(inputs.openingMonth).toBe(expected.opening.length > 0 ? MONTH : null);
          expect(inputs.issuesFound).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );

  it.each(LEDGER_LAYOUTS)(
    "warns once, at the row, when one balance is mistyped, whatever the rows after it say (%s)",
    (layout) => {
      fc.assert(
        fc.property(
          arbItems.filter((items) => items.some((i) => i.movements.length > 0)),
          fc.nat(),
          fc.integer({ min: 1, max: 5 }),
          (items, pick, off) => {
            const book: BookData = { date1904: false, sheets: ledgerSheets(MONTH, items, layout) };
            // the balance quantity of one movement row, typed `off` too many (the rows after it left right)
            const movementRows = book.sheets.flatMap((sheet) =>
              sheet.values.flatMap((row, n) =>
                typeof row[0] === "number" ? [{ sheet, n, column: row.length === 15 ? 12 : 9 }] : [],
              ),
            );
            const hit = movementRows[pick % movementRows.length]!;
            const cells = hit.sheet.values[hit.n]!;
            cells[hit.column] = (cells[hit.column] as number) + off;
            const inputs = readInventoryInputs(placeAlone(book, [...INVENTORY_TABLES, HOLIDAY_TABLE]), MONTH);
            expect(inputs.issuesFound.map((i) => [i.code, i.sheet, i.row, i.params?.["difference"]])).toEqual(
              [["stock_balance_quantity_differs", hit.sheet.name, hit.n + 1, `+${String(off)}`]],
            );
            expect(qtyE4(off * 10_000)).toBeGreaterThan(0);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
