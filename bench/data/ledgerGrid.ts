import type { BookData, CellValue, SheetData } from "../../core/table/sheetData";
import type { Charge, Payment } from "../../core/receivables/records";
import type { IsoDate } from "../../core/values/isoDate";
import { firstDayOf } from "../../core/values/isoDate";
import { isoToExcelSerial } from "../../core/values/excelSerial";

/** Header of the charges sheet, as an office's 收费台账 has it. */
export const CHARGE_HEADER: readonly string[] = [
  "房号",
  "业主",
  "收费项目",
  "所属期间",
  "应收金额",
  "到期日",
];

/** Header of the payments sheet, as an office's 收款明细 has it. */
export const PAYMENT_HEADER: readonly string[] = [
  "收据号",
  "收款日期",
  "房号",
  "收费项目",
  "所属期间",
  "实收金额",
  "收款方式",
];

/** Excel serials of ISO dates (1900 system), remembered: a ledger repeats a few hundred dates a million times. */
class Serials {
  private readonly cache = new Map<IsoDate, number>();

  of(iso: IsoDate): number {
    let serial = this.cache.get(iso);
    if (serial === undefined) this.cache.set(iso, (serial = isoToExcelSerial(iso, false)));
    return serial;
  }
}

/**
 * The charges as a host reads them from a sheet: a header row, then one row per charge - unit, customer,
 * fee type, billing month as the serial of its first day (what Excel keeps for a typed `2026-11`), amount
 * due in yuan as a number, due date as a serial.
 */
export function chargesSheet(charges: readonly Charge[], name = "收费台账"): SheetData {
  const serials = new Serials();
  const values: CellValue[][] = new Array<CellValue[]>(charges.length + 1);
  values[0] = [...CHARGE_HEADER];
  for (let i = 0; i < charges.length; i++) {
    const c = charges[i]!;
    values[i + 1] = [
      c.unit,
      c.customer,
      c.feeType,
      serials.of(firstDayOf(c.period)),
      c.dueFen / 100,
      serials.of(c.dueDate),
    ];
  }
  return { name, values, origin: { row: 1, column: 1 } };
}

/**
 * The payments as a host reads them: a header row, then one row per receipt line - receipt number, date as a
 * serial, unit, fee type, the month paid for as a serial (empty when none is named), amount in yuan (negative
 * for a refund), method.
 */
export function paymentsSheet(payments: readonly Payment[], name = "收款明细"): SheetData {
  const serials = new Serials();
  const values: CellValue[][] = new Array<CellValue[]>(payments.length + 1);
  values[0] = [...PAYMENT_HEADER];
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i]!;
    values[i + 1] = [
      p.receipt,
      serials.of(p.date),
      p.unit,
      p.feeType,
      p.period === null ? null : serials.of(firstDayOf(p.period)),
      p.amountFen / 100,
      p.method,
    ];
  }
  return { name, values, origin: { row: 1, column: 1 } };
}

/** A workbook of the two sheets, as the collection job reads it. */
export function ledgerBook(ledger: { charges: readonly Charge[]; payments: readonly Payment[] }): BookData {
  return { sheets: [chargesSheet(ledger.charges), paymentsSheet(ledger.payments)], date1904: false };
}
