import { issue, type Issue, type IssueLocation } from "../../issues";
import type { JobParams } from "../job";
import { HOLIDAY_TABLE } from "../../calendar/holidaySheet";
import { columnOf, type RowOf, type TableSpec } from "../../table/declaration";
import { locateInputs, type InputsFound } from "../../table/locateInputs";
import { readTable, type TableRow } from "../../table/readTable";
import type { BookData } from "../../table/sheetData";
import { lastDayOf } from "../../values/isoDate";
import { formatFen } from "../../values/scaledFormat";
import { normalizeKey } from "../../values/text";
import { CHARGE_TABLE, FOLLOW_UP_TABLE, PAYMENT_TABLE, TARGET_TABLE } from "./inputs";
import type { Charge, FollowUp, Payment, RecordSource, Target } from "./records";

/** The collection job's inputs as typed records, every problem found while reading them, and where they were found. */
export interface CollectionInputs {
  charges: Charge[];
  payments: Payment[];
  targets: Target[];
  followUps: FollowUp[];
  /** The issues of locating the sheets (`found.issues`) and of reading every row. */
  issues: Issue[];
  /** Which sheets hold which role; the holiday sheets (`holidays`) are left to the job to read. */
  found: InputsFound;
}

/** What {@link readCollectionInputs} takes besides the workbook. */
export interface CollectionReadParams {
  /** Sheets a person chose for a role (role -> sheet names), overriding the search by headers. */
  inputSheets?: JobParams["inputSheets"];
}

/**
 * Reads the charges, payments, targets and follow-up notes of a workbook into records. Units and fee
 * types are matched after NFKC, white space and case folding and keep their first spelling (charges
 * first). A zero or negative charge is an error; a charge with no due date falls due on the last day of
 * its month; a negative payment is a refund (红冲); payments, targets and notes for what no charge has
 * are warnings; a receipt number used twice is a warning on the later row (one receipt may hold several
 * lines of one unit and date, and a refund may repeat the number it reverses).
 */
export function readCollectionInputs(book: BookData, params: CollectionReadParams = {}): CollectionInputs {
  const found = locateInputs(
    book,
    [CHARGE_TABLE, PAYMENT_TABLE, TARGET_TABLE, FOLLOW_UP_TABLE, HOLIDAY_TABLE],
    params.inputSheets,
  );
  const issues: Issue[] = [...found.issues];
  const each = <S extends TableSpec>(spec: S, visit: (row: TableRow<S>) => void): void => {
    for (const sheet of found.byRole.get(spec.role) ?? []) {
      const read = readTable(sheet, spec, { date1904: book.date1904 });
      for (const i of read.issues) issues.push(i);
      for (const row of read.rows) visit(row);
    }
  };
  const units = new Spelling();
  const feeTypes = new Spelling();
  const charged = new Map<string, Set<string>>();
  const chargedFeeTypes = new Set<string>();

  const charges: Charge[] = [];
  each(CHARGE_TABLE, (row) => {
    const { unit, customer, feeType, period, amountDue, dueDate } = row.values;
    if (unit === null || feeType === null || period === null || amountDue === null) return;
    if (amountDue <= 0) {
      issues.push(
        issue("not_positive", "error", cellOf(row, "amountDue"), {
          header: columnOf(CHARGE_TABLE, "amountDue").label,
          value: formatFen(amountDue),
        }),
      );
      return;
    }
    const charge: Charge = {
      unit: units.of(unit),
      customer,
      feeType: feeTypes.of(feeType),
      period,
      dueFen: amountDue,
      dueDate: dueDate ?? lastDayOf(period),
      source: sourceOf(row),
    };
    let feesOfUnit = charged.get(charge.unit);
    if (feesOfUnit === undefined) charged.set(charge.unit, (feesOfUnit = new Set()));
    feesOfUnit.add(charge.feeType);
    chargedFeeTypes.add(charge.feeType);
    charges.push(charge);
  });
  const isCharged = (unit: string, feeType: string) => charged.get(unit)?.has(feeType) === true;

  const payments: Payment[] = [];
  const receipts = new ReceiptBook();
  each(PAYMENT_TABLE, (row) => {
    const { receipt, date, unit, feeType, period, amount, method } = row.values;
    if (date === null || unit === null || feeType === null || amount === null) return;
    const payment: Payment = {
      receipt,
      date,
      unit: units.of(unit),
      feeType: feeTypes.of(feeType),
      period,
      amountFen: amount,
      method,
      source: sourceOf(row),
    };
    if (amount === 0) issues.push(issue("payment_zero", "warning", cellOf(row, "amount")));
    if (!isCharged(payment.unit, payment.feeType)) {
      issues.push(
        issue("payment_without_charges", "warning", cellOf(row, "unit"), {
          unit: payment.unit,
          feeType: payment.feeType,
          amount: formatFen(amount),
        }),
      );
    }
    const first = receipts.conflict(payment);
    if (first !== null) {
      issues.push(
        issue("duplicate_receipt", "warning", cellOf(row, "receipt"), {
          receipt: payment.receipt ?? "",
          firstSheet: first.source.sheet,
          firstRow: first.source.row,
        }),
      );
    }
    payments.push(payment);
  });

  const targets: Target[] = [];
  const targetOf = new Map<string, Target>();
  each(TARGET_TABLE, (row) => {
    const { feeType, rate } = row.values;
    if (feeType === null || rate === null) return;
    const target: Target = { feeType: feeTypes.of(feeType), rate, source: sourceOf(row) };
    const earlier = targetOf.get(target.feeType);
    if (earlier !== undefined) {
      issues.push(
        issue("duplicate_target", "error", cellOf(row, "feeType"), {
          feeType: target.feeType,
          firstSheet: earlier.source.sheet,
          firstRow: earlier.source.row,
        }),
      );
      return;
    }
    if (!chargedFeeTypes.has(target.feeType)) {
      issues.push(
        issue("target_fee_type_unknown", "warning", cellOf(row, "feeType"), { feeType: target.feeType }),
      );
    }
    targetOf.set(target.feeType, target);
    targets.push(target);
  });

  const followUps: FollowUp[] = [];
  each(FOLLOW_UP_TABLE, (row) => {
    const { unit, feeType, reason, expectedDate } = row.values;
    if (unit === null || feeType === null) return;
    const note: FollowUp = {
      unit: units.of(unit),
      feeType: feeTypes.of(feeType),
      reason,
      expectedDate,
      source: sourceOf(row),
    };
    if (!isCharged(note.unit, note.feeType)) {
      issues.push(
        issue("follow_up_without_charges", "warning", cellOf(row, "unit"), {
          unit: note.unit,
          feeType: note.feeType,
        }),
      );
    }
    followUps.push(note);
  });

  return { charges, payments, targets, followUps, issues, found };
}

function sourceOf(row: { sheet: string; row: number }): RecordSource {
  return { sheet: row.sheet, row: row.row };
}

function cellOf<S extends TableSpec>(row: TableRow<S>, field: keyof RowOf<S>): IssueLocation {
  return { sheet: row.sheet, row: row.row, column: row.columns[field] };
}

/**
 * The first spelling of each name (unit or fee type) by its matching key, so `物业管理费 `, `物业 管理费`
 * and `Ａ-101` / `a-101` become one name.
 */
class Spelling {
  private readonly byRaw = new Map<string, string>();
  private readonly byKey = new Map<string, string>();

  /** The first spelling of a name with the same key. */
  of(raw: string): string {
    let spelled = this.byRaw.get(raw);
    if (spelled === undefined) {
      const key = normalizeKey(raw);
      spelled = this.byKey.get(key);
      if (spelled === undefined) this.byKey.set(key, (spelled = raw));
      this.byRaw.set(raw, spelled);
    }
    return spelled;
  }
}

/**
 * Receipt numbers seen so far, compared after NFKC, trimming and upper-casing (`NO.0012345` = `no.0012345`).
 * Rows sharing a number are one receipt when they are of one unit and date and differ in fee type or
 * period, or when one is a refund (negative) of the same unit; anything else is a duplicate.
 */
class ReceiptBook {
  private readonly first = new Map<string, Payment>();
  private readonly more = new Map<string, Payment[]>();

  /** The earlier payment a new one's receipt number clashes with, or null; remembers the payment. */
  conflict(payment: Payment): Payment | null {
    if (payment.receipt === null) return null;
    const key = receiptKey(payment.receipt);
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(key, payment);
      return null;
    }
    let others = this.more.get(key);
    if (others === undefined) this.more.set(key, (others = []));
    const clash = [first, ...others].find((earlier) => !sameReceipt(earlier, payment)) ?? null;
    others.push(payment);
    return clash;
  }
}

function sameReceipt(a: Payment, b: Payment): boolean {
  if (a.unit !== b.unit) return false;
  if (a.amountFen < 0 !== b.amountFen < 0) return true;
  return a.date === b.date && (a.feeType !== b.feeType || a.period !== b.period);
}

const PLAIN_UPPER = /^[\x21-\x60\x7b-\x7e]*$/;
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

function receiptKey(receipt: string): string {
  if (PLAIN_UPPER.test(receipt)) return receipt;
  return (PLAIN_ASCII.test(receipt) ? receipt : normalizeKey(receipt)).toUpperCase();
}
