import type { CellValue, SheetData } from "../../table/sheetData";
import { Dec } from "../../values/decimal";
import { isoToExcelSerial } from "../../values/excelSerial";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { addFen, fenNumber, lineAmount, valueAtAverageCost, ZERO_FEN, type Fen } from "../../values/money";
import { addQty, minusQty, qtyE4, qtyNumber, ZERO_QTY, type QtyE4 } from "../../values/quantity";

/** One receipt or issue of a generated ledger: its day of the month, quantity and (a receipt's) unit price. */
export interface LedgerMovement {
  day: number;
  /** Ten-thousandths of the unit, as the records hold quantities. */
  quantity: number;
  /** Receipts only: the unit price as typed (`12.5`). */
  price?: string;
}

/** An item of a generated ledger: its opening (quantity and unit price) and its receipts and issues in sheet order. */
export interface LedgerItem {
  item: string;
  spec: string;
  unit: string;
  opening: { quantity: number; price: string } | null;
  movements: (LedgerMovement & { kind: "in" | "out" })[];
}

/**
 * The layouts a 收发存 ledger is kept in: the goods in columns (one sheet, rows of every item by date), one block
 * per item under the sheet's header, one block per item each with its own title and header, one sheet per item.
 */
export type LedgerLayoutName = "item-column" | "blocks" | "block-headers" | "sheet-per-item";

/** Every layout, for tests that read the same ledger in each. */
export const LEDGER_LAYOUTS: readonly LedgerLayoutName[] = [
  "item-column",
  "blocks",
  "block-headers",
  "sheet-per-item",
];

const GROUPS = ["入库", null, null, "出库", null, null, "结存", null, null];
const FIGURES = ["数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额"];

/** A ledger row's three groups (9 cells): receipt (quantity, price, amount), issue quantity, balance. */
type Figures = [
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
];

/** A ledger row: its day (0 for the opening), 凭证号, 摘要 and figures, and which item it is of. */
interface Line {
  day: number;
  item: number;
  slip: string | null;
  summary: string;
  figures: Figures;
  total: boolean;
}

/**
 * The rows an office writes for an item: `上月结转` with the opening quantity, price and amount; each receipt with
 * quantity, price and amount and each issue with its quantity, every row with the running 结存数量 and, until the
 * month's first issue, the 结存金额 (opening plus receipts); then `本月合计` with the month's quantities and the closing
 * balance valued at the month's weighted average (its amount blank when there is no cost to average).
 */
function itemLines(spec: LedgerItem, index: number): Line[] {
  const lines: Line[] = [];
  let balance = ZERO_QTY;
  let openingValue: Fen = ZERO_FEN;
  let received = ZERO_QTY;
  let receivedValue: Fen = ZERO_FEN;
  let issued = ZERO_QTY;
  if (spec.opening !== null) {
    balance = qtyE4(spec.opening.quantity);
    openingValue = held(lineAmount(balance, new Dec(spec.opening.price)));
    lines.push({
      day: 0,
      item: index,
      slip: null,
      summary: "上月结转",
      figures: [
        null,
        null,
        null,
        null,
        null,
        null,
        qtyNumber(balance),
        Number(spec.opening.price),
        fenNumber(openingValue),
      ],
      total: false,
    });
  }
  spec.movements.forEach((m, n) => {
    const quantity = qtyE4(m.quantity);
    const slip = `${m.kind === "in" ? "入" : "领"}-${String(index + 1)}-${String(n + 1)}`;
    if (m.kind === "in") {
      const amount = held(lineAmount(quantity, new Dec(m.price ?? "0")));
      balance = addQty(balance, quantity);
      received = addQty(received, quantity);
      receivedValue = addFen(receivedValue, amount);
      const value = issued === 0 ? fenNumber(addFen(openingValue, receivedValue)) : null;
      lines.push({
        day: m.day,
        item: index,
        slip,
        summary: "购入",
        figures: [
          qtyNumber(quantity),
          Number(m.price),
          fenNumber(amount),
          null,
          null,
          null,
          qtyNumber(balance),
          null,
          value,
        ],
        total: false,
      });
    } else {
      balance = minusQty(balance, quantity);
      issued = addQty(issued, quantity);
      lines.push({
        day: m.day,
        item: index,
        slip,
        summary: "领用",
        figures: [null, null, null, qtyNumber(quantity), null, null, qtyNumber(balance), null, null],
        total: false,
      });
    }
  });
  const inQty = addQty(qtyE4(spec.opening?.quantity ?? 0), received);
  const closing =
    inQty > 0
      ? fenNumber(held(valueAtAverageCost(balance, addFen(openingValue, receivedValue), inQty)))
      : null;
  lines.push({
    day: 99,
    item: index,
    slip: null,
    summary: "本月合计",
    figures: [
      qtyNumber(received),
      null,
      fenNumber(receivedValue),
      qtyNumber(issued),
      null,
      null,
      qtyNumber(balance),
      null,
      closing,
    ],
    total: true,
  });
  return lines;
}

function dateOf(month: YearMonth, day: number): IsoDate {
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** A line's first cells: its date (a serial; blank for the opening and a total), 凭证号 and 摘要. */
function lead(month: YearMonth, line: Line): CellValue[] {
  const date = line.day === 0 || line.total ? null : isoToExcelSerial(dateOf(month, line.day), false);
  return [date, line.slip, line.summary];
}

function sheetOf(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

const heading = (spec: LedgerItem): string =>
  `物资名称：${spec.item}  ${spec.spec === "" ? "" : `规格：${spec.spec}  `}单位：${spec.unit}`;

/**
 * The sheets of a 收发存 ledger of `month` kept in `layout` for `items` (an item with neither opening nor movement
 * is left out): titled `YYYY年M月 物资收发存明细账`, headed 日期 | 凭证号 | 摘要 | (物资名称 | 规格 | 单位 |) 入库 / 出库 /
 * 结存 over 数量 | 单价 | 金额, each item's rows as {@link itemLines} writes them, a signature line under the last.
 * In the item-column layout the items' rows run by date (an item's own order kept) and one `本月合计` of the
 * amounts closes the month.
 */
export function ledgerSheets(
  month: YearMonth,
  items: readonly LedgerItem[],
  layout: LedgerLayoutName,
): SheetData[] {
  const title = `${month.slice(0, 4)}年${String(Number(month.slice(5)))}月 物资收发存明细账`;
  const kept = items
    .map((spec, index) => ({ spec, index }))
    .filter(({ spec }) => spec.opening !== null || spec.movements.length > 0);
  const signature: CellValue[] = ["记账：王芳", null, null, null, null, "库管员：马超"];
  if (layout === "item-column") {
    const lines = kept
      .flatMap(({ spec, index }) => itemLines(spec, index).filter((l) => !l.total))
      .map((line, order) => ({ line, order }))
      .sort((a, b) => a.line.day - b.line.day || a.order - b.order)
      .map(({ line }) => line);
    const spent = kept.reduce(
      (sum, { spec }) =>
        spec.movements.reduce(
          (s, m) =>
            m.kind === "in" ? addFen(s, held(lineAmount(qtyE4(m.quantity), new Dec(m.price ?? "0")))) : s,
          sum,
        ),
      ZERO_FEN,
    );
    return [
      sheetOf("收发存明细账", [
        [title],
        ["日期", "凭证号", "摘要", "物资名称", "规格", "单位", ...GROUPS],
        [null, null, null, null, null, null, ...FIGURES],
        ...lines.map((line) => {
          const spec = items[line.item] as LedgerItem;
          return [...lead(month, line), spec.item, spec.spec, spec.unit, ...line.figures];
        }),
        [null, null, "本月合计", null, null, null, null, null, fenNumber(spent)],
        signature,
      ]),
    ];
  }
  const header: CellValue[][] = [
    ["日期", "凭证号", "摘要", ...GROUPS],
    [null, null, null, ...FIGURES],
  ];
  const block = (spec: LedgerItem, index: number): CellValue[][] =>
    itemLines(spec, index).map((line) => [...lead(month, line), ...line.figures]);
  if (layout === "blocks")
    return [
      sheetOf("收发存明细账", [
        [title],
        ...header,
        ...kept.flatMap(({ spec, index }) => [[heading(spec)], ...block(spec, index)]),
        signature,
      ]),
    ];
  if (layout === "block-headers")
    return [
      sheetOf("收发存明细账", [
        ...kept.flatMap(({ spec, index }) => [
          [title],
          [heading(spec)],
          ...header,
          ...block(spec, index),
          [],
        ]),
        signature,
      ]),
    ];
  return kept.map(({ spec, index }) =>
    sheetOf(`${spec.item}${String(index + 1)}`, [
      [title],
      [heading(spec)],
      ...header,
      ...block(spec, index),
      signature,
    ]),
  );
}

/** The opening stock, receipts and issues a generated ledger holds, as the records give them (for comparing). */
export function ledgerRecords(
  month: YearMonth,
  items: readonly LedgerItem[],
): {
  opening: { item: string; spec: string; unit: string; quantity: QtyE4; valueFen: Fen }[];
  receipts: { item: string; date: IsoDate; quantity: QtyE4; amountFen: Fen }[];
  issues: { item: string; date: IsoDate; quantity: QtyE4 }[];
} {
  const sorted = <T extends { item: string; date: IsoDate; quantity: number }>(rows: T[]) =>
    rows.sort(
      (a, b) => a.item.localeCompare(b.item) || a.date.localeCompare(b.date) || a.quantity - b.quantity,
    );
  return {
    opening: items.flatMap((s) =>
      s.opening === null
        ? []
        : [
            {
              item: s.item,
              spec: s.spec,
              unit: s.unit,
              quantity: qtyE4(s.opening.quantity),
              valueFen: held(lineAmount(qtyE4(s.opening.quantity), new Dec(s.opening.price))),
            },
          ],
    ),
    receipts: sorted(
      items.flatMap((s) =>
        s.movements
          .filter((m) => m.kind === "in")
          .map((m) => ({
            item: s.item,
            date: dateOf(month, m.day),
            quantity: qtyE4(m.quantity),
            amountFen: held(lineAmount(qtyE4(m.quantity), new Dec(m.price ?? "0"))),
          })),
      ),
    ),
    issues: sorted(
      items.flatMap((s) =>
        s.movements
          .filter((m) => m.kind === "out")
          .map((m) => ({ item: s.item, date: dateOf(month, m.day), quantity: qtyE4(m.quantity) })),
      ),
    ),
  };
}

/** A figure of the generated ledgers, whose prices and quantities are small: always within what a line may hold. */
function held(amount: Fen | null): Fen {
  if (amount === null) throw new RangeError("a generated figure beyond what a line may hold");
  return amount;
}
