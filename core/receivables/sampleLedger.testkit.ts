import type { IsoDate, YearMonth } from "../values/isoDate";
import { addMonths, lastDayOf } from "../values/isoDate";
import { seededRandom } from "../values/seededRandom";
import { fen } from "../values/money";
import type { Charge, Payment } from "./records";

/** A synthetic estate's charges and payments, for the bench and for tests at scale. */
export interface SampleLedger {
  charges: Charge[];
  payments: Payment[];
  /** The last billing month of the ledger; charges run for `months` months up to it. */
  lastMonth: YearMonth;
}

/** The fee types of the sample, with a monthly amount range in fen. */
const FEES: readonly [string, number, number][] = [
  ["物业管理费", 15_000, 60_000],
  ["水费", 2_000, 15_000],
  ["停车费", 15_000, 30_000],
];

/**
 * A deterministic estate of `units` units (`3-1-502` style) x 3 fee types x `months` monthly charges ending
 * in `lastMonth`, with payments the way they come: most months paid in the month naming it, some paid
 * quarterly in one payment, some prepaid a year ahead, partial payments, a few units that never pay, and a
 * few refunds. 5,000 units over 66 months give about 1,000,000 charges and 800,000 payments.
 */
export function sampleLedger(units: number, months: number, lastMonth: YearMonth = "2026-11"): SampleLedger {
  const random = seededRandom(20_261_130);
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const firstMonth = addMonths(lastMonth, 1 - months);
  const monthList = Array.from({ length: months }, (_, i) => addMonths(firstMonth, i));
  const dueDates = monthList.map(lastDayOf);
  const charges: Charge[] = [];
  const payments: Payment[] = [];
  let receipt = 0;
  for (let u = 0; u < units; u++) {
    const unit = `${1 + (u % 40)}-${1 + (Math.floor(u / 40) % 4)}-${1 + (Math.floor(u / 160) % 32)}0${1 + (u % 4)}`;
    const customer = `业主${u}`;
    const habit = random();
    for (const [feeType, min, max] of FEES) {
      const due = pick(min, max);
      const pay = (date: IsoDate, period: YearMonth | null, amountFen: number) =>
        payments.push({
          receipt: `R${++receipt}`,
          date,
          unit,
          feeType,
          period,
          amountFen: fen(amountFen),
          method: "微信",
          source: { sheet: "实收", row: payments.length + 2 },
        });
      for (let m = 0; m < months; m++) {
        const period = monthList[m]!;
        charges.push({
          unit,
          customer,
          feeType,
          period,
          dueFen: fen(due),
          dueDate: dueDates[m]!,
          source: { sheet: "应收", row: charges.length + 2 },
        });
        const dayInMonth = `${period}-${String(pick(1, 28)).padStart(2, "0")}`;
        if (habit < 0.03) continue;
        if (habit < 0.13) {
          if (m % 3 === 2) pay(dayInMonth, null, due * 3);
        } else if (habit < 0.18) {
          if (m % 12 === 0) pay(dayInMonth, null, due * 12);
        } else if (habit < 0.25) {
          if (random() < 0.8) pay(dayInMonth, null, Math.floor(due * (0.5 + random())));
        } else if (random() < 0.95) {
          pay(dayInMonth, period, due);
          if (random() < 0.002) pay(dayInMonth, period, -due);
        }
      }
    }
  }
  return { charges, payments, lastMonth };
}
