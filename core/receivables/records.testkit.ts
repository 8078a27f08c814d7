import type { IsoDate, YearMonth } from "../values/isoDate";
import { lastDayOf } from "../values/isoDate";
import { fen } from "../values/money";
import type { Charge, Payment } from "./records";

let row = 1;

/** A charge for tests (`dueFen` a whole count of fen): unit 3-1-502, 物业管理费, due on the last day of its month unless told. */
export function chargeOf(period: YearMonth, dueFen: number, over: Partial<Charge> = {}): Charge {
  return {
    unit: "3-1-502",
    customer: "张三",
    feeType: "物业管理费",
    period,
    dueFen: fen(dueFen),
    dueDate: lastDayOf(period),
    source: { sheet: "应收", row: ++row },
    ...over,
  };
}

/** A payment for tests (`amountFen` a whole count of fen): unit 3-1-502, 物业管理费, naming no month, no receipt unless told. */
export function paymentOf(date: IsoDate, amountFen: number, over: Partial<Payment> = {}): Payment {
  return {
    receipt: null,
    date,
    unit: "3-1-502",
    feeType: "物业管理费",
    period: null,
    amountFen: fen(amountFen),
    method: "微信",
    source: { sheet: "实收", row: ++row },
    ...over,
  };
}

/*
 * The ageing example, as of 2026-11-30:
 *   3-1-502 物业管理费  2026-11 due 11-30  100.00  age 0     未到期
 *                       2026-10 due 11-29   50.00  age 1     1-30
 *                       2025-11 due 2025-11-29  30.00  age 366  1-2年
 *                       2026-12 (not billed yet)  ignored
 *   10-1-101 水费       2026-09 due 09-30   20.00 - 5.00 paid 11-05 = 15.00  age 61  31-90
 *   3-1-1001 物业管理费 2026-11 paid in full: nothing
 *   商铺12 物业管理费    2023-11 due 2023-11-30  8.00  age 1096 (2024 is a leap year)  3年以上
 */
/** The charges of the ageing example above. */
export const AGEING_CHARGES = [
  chargeOf("2025-11", 3000, { dueDate: "2025-11-29" }),
  chargeOf("2026-10", 5000, { dueDate: "2026-11-29" }),
  chargeOf("2026-11", 10000, { customer: "李四" }),
  chargeOf("2026-12", 10000, { customer: "王五" }),
  chargeOf("2026-09", 2000, { unit: "10-1-101", feeType: "水费" }),
  chargeOf("2026-11", 10000, { unit: "3-1-1001" }),
  chargeOf("2023-11", 800, { unit: "商铺12" }),
];
/** The payments of the ageing example. */
export const AGEING_PAYMENTS = [
  paymentOf("2026-11-05", 500, { unit: "10-1-101", feeType: "水费" }),
  paymentOf("2026-11-10", 10000, { unit: "3-1-1001", period: "2026-11" }),
];
