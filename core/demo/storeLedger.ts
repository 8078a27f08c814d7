import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import type { WorkingCalendar } from "../calendar/workingCalendar";
import { addMonths, datesOfMonth, type IsoDate, type YearMonth } from "../values/isoDate";
import { isoToExcelSerial } from "../values/excelSerial";
import { seededRandom } from "../values/seededRandom";
import { addFen, fen, fenNumber, lineAmount, valueAtAverageCost, ZERO_FEN, type Fen } from "../values/money";
import { Dec } from "../values/decimal";
import { addQty, minusQty, qtyE4, qtyNumber, ZERO_QTY, type QtyE4 } from "../values/quantity";

/** An item of the second store, with its opening stock and the price it is bought at. */
interface StoreItem {
  item: string;
  spec: string;
  unit: string;
  opening: number;
  price: string;
  /** Bought at this price from the second month on (a dearer delivery: the weighted average moves). */
  laterPrice: string;
  departments: string[];
}

const CATEGORY = "安防物资";
const ITEMS: readonly StoreItem[] = [
  {
    item: "灭火器",
    spec: "MFZ/ABC4",
    unit: "具",
    opening: 12,
    price: "85.00",
    laterPrice: "88.00",
    departments: ["秩序部", "工程部"],
  },
  {
    item: "反光锥",
    spec: "70cm",
    unit: "个",
    opening: 20,
    price: "25.00",
    laterPrice: "25.00",
    departments: ["秩序部"],
  },
  {
    item: "防汛沙袋",
    spec: "50×80",
    unit: "个",
    opening: 60,
    price: "3.50",
    laterPrice: "3.80",
    departments: ["工程部", "秩序部"],
  },
  {
    item: "警示带",
    spec: "100m",
    unit: "卷",
    opening: 8,
    price: "12.00",
    laterPrice: "12.50",
    departments: ["工程部"],
  },
];

/** The item whose running balance the clerk mistyped (one more) from its first issue of the second month on. */
const MISTYPED = "反光锥";

const serial = (date: IsoDate): number => isoToExcelSerial(date, false);

/** An item's balance as the ledger runs it, and its month so far as the weighted average values it. */
interface Running {
  quantity: QtyE4;
  openingQty: QtyE4;
  openingValue: Fen;
  receivedQty: QtyE4;
  receivedValue: Fen;
  issued: boolean;
}

/**
 * A second store's one-sheet stock ledger (收发存明细账, 工程库房) from the opening month `start` through `today`: the
 * items in a column, `上月结转` rows opening them, receipts with price and amount, issues with the quantity only (the
 * month's cost is worked out at its end, 月末一次加权平均), the running 结存 (its amount written until the item's
 * first issue of the month), a `本月合计` row under each finished month - and one item whose balance the clerk typed
 * one too many from its first issue of the second month on. Also the count rows of its items on `countDate`, at their
 * balance then (the store counted right).
 */
export function storeLedgerDemo(
  start: YearMonth,
  today: IsoDate,
  countDate: IsoDate,
  calendar: WorkingCalendar,
): { sheet: DemoSheet; counted: CellValue[][] } {
  const random = seededRandom(20261001);
  const month = today.slice(0, 7);
  const rows: CellValue[][] = [
    [`阳光花园 工程库房 物资收发存明细账（${start.slice(0, 4)}年${Number(start.slice(5))}月起）`],
    ["库房：工程库房    计价方法：月末一次加权平均    单位：元"],
    [
      "日期",
      "凭证号",
      "摘要",
      "类别",
      "物资名称",
      "规格型号",
      "单位",
      "入库",
      null,
      null,
      "出库",
      null,
      null,
      "结存",
      null,
      null,
      "领用部门",
    ],
    [null, null, null, null, null, null, null, "数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额", null],
  ];
  const running = new Map<string, Running>();
  for (const item of ITEMS) {
    const quantity = qtyE4(item.opening * 10_000);
    const value = sampleFigure(lineAmount(quantity, new Dec(item.price)));
    running.set(item.item, {
      quantity,
      openingQty: quantity,
      openingValue: value,
      receivedQty: ZERO_QTY,
      receivedValue: ZERO_FEN,
      issued: false,
    });
    rows.push([null, null, "上月结转", CATEGORY, item.item, item.spec, item.unit, null, null, null, null, null, null]);
    rows[rows.length - 1]!.push(item.opening, Number(item.price), fenNumber(value), null);
  }
  const counted: CellValue[][] = [];
  const atCount = new Map<string, QtyE4>(ITEMS.map((item) => [item.item, running.get(item.item)!.quantity]));
  let mistyped = false;
  let voucher = 1;
  const goods = (item: StoreItem): CellValue[] => [CATEGORY, item.item, item.spec, item.unit];
  for (let m = start; m <= month; m = addMonths(m, 1)) {
    const second = m === addMonths(start, 1);
    let receivedTotal = ZERO_FEN;
    const days = datesOfMonth(m).filter((d) => d <= today && calendar.isWorkingDay(d));
    days.forEach((date, n) => {
      for (const item of ITEMS) {
        const state = running.get(item.item)!;
        const forced = second && item.item === MISTYPED && n === 5 && !mistyped;
        if (!forced && random() > 0.12) continue;
        const quantity = qtyE4((1 + Math.floor(random() * 4)) * 10_000);
        if (state.quantity <= quantity) {
          const bought = qtyE4((10 + 5 * Math.floor(random() * 3)) * 10_000);
          const price = new Dec(m === start ? item.price : item.laterPrice);
          const amount = sampleFigure(lineAmount(bought, price));
          state.quantity = addQty(state.quantity, bought);
          state.receivedQty = addQty(state.receivedQty, bought);
          state.receivedValue = addFen(state.receivedValue, amount);
          receivedTotal = addFen(receivedTotal, amount);
          const value = state.issued ? null : fenNumber(addFen(state.openingValue, state.receivedValue));
          rows.push([
            serial(date),
            `入-${String(voucher++).padStart(3, "0")}`,
            "购入",
            ...goods(item),
            qtyNumber(bought),
            price.toNumber(),
            fenNumber(amount),
            null,
            null,
            null,
            qtyNumber(state.quantity) + (mistyped && item.item === MISTYPED ? 1 : 0),
            null,
            value,
            null,
          ]);
        }
        state.quantity = minusQty(state.quantity, quantity);
        state.issued = true;
        if (second && item.item === MISTYPED) mistyped = true;
        const department = item.departments[Math.floor(random() * item.departments.length)] ?? "工程部";
        rows.push([
          serial(date),
          `领-${String(voucher++).padStart(3, "0")}`,
          `${department}领用`,
          ...goods(item),
          null,
          null,
          null,
          qtyNumber(quantity),
          null,
          null,
          qtyNumber(state.quantity) + (mistyped && item.item === MISTYPED ? 1 : 0),
          null,
          null,
          department,
        ]);
      }
      if (date <= countDate) for (const item of ITEMS) atCount.set(item.item, running.get(item.item)!.quantity);
    });
    if (m < month) {
      rows.push([null, null, "本月合计", null, null, null, null, null, null, fenNumber(receivedTotal)]);
      for (const state of running.values()) {
        const total = addQty(state.openingQty, state.receivedQty);
        const value = addFen(state.openingValue, state.receivedValue);
        state.openingValue = total > 0 ? sampleFigure(valueAtAverageCost(state.quantity, value, total)) : fen(0);
        state.openingQty = state.quantity;
        state.receivedQty = ZERO_QTY;
        state.receivedValue = ZERO_FEN;
        state.issued = false;
      }
    }
  }
  for (const item of ITEMS) {
    const quantity = atCount.get(item.item) ?? ZERO_QTY;
    counted.push([serial(countDate), CATEGORY, item.item, item.spec, item.unit, qtyNumber(quantity)]);
  }
  rows.push([]);
  rows.push(["记账：王芳", null, null, null, null, null, null, "库管员：马超"]);
  return {
    sheet: {
      name: "工程库房收发存",
      rows,
      widths: [12, 9, 12, 9, 10, 12, 6, 7, 8, 10, 7, 8, 10, 7, 8, 10, 10],
      formats: [
        { column: 1, format: "yyyy-mm-dd", fromRow: 5 },
        ...[9, 10, 12, 13, 15, 16].map((column) => ({ column, format: "#,##0.00", fromRow: 5 })),
      ],
    },
    counted,
  };
}

/** A figure of the sample goods, whose prices and quantities are small: always within what a line may hold. */
function sampleFigure(amount: Fen | null): Fen {
  if (amount === null) throw new RangeError("a sample figure beyond what a line may hold");
  return amount;
}
