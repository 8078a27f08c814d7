import { issue, type Issue } from "../issues";
import type { TableSpec } from "../table/declaration";
import type { PlacedSheets } from "../table/placedSheets";
import { scanTable, type TableRow, type TableScan } from "../table/readTable";
import { cellOf, recordCell, sourceOf } from "../table/rowRefs";
import { lastDayOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { fenText } from "../values/money";
import { normalizeKey } from "../values/text";
import { CHARGE_TABLE, FEE_LEDGER_TABLE, FOLLOW_UP_TABLE, PAYMENT_TABLE, TARGET_TABLE } from "./inputs";
import { readFeeLedgers } from "./readFeeLedger";
import type { Charge, FollowUp, Payment, Target, VoidedReceipt } from "./records";
import { findReceiptClashes } from "./receiptClashes";
import { sortOutVoided } from "./voidedReceipt";

/** A workbook's charges, payments, targets and follow-up notes as typed records, and every problem found reading their rows. */
export interface CollectionInputs {
  charges: Charge[];
  payments: Payment[];
  /** Receipts marked 作废 on the payments sheets, by sheet then row: never payments. */
  voided: VoidedReceipt[];
  targets: Target[];
  followUps: FollowUp[];
  /** The issues of reading every row (placing the sheets is the registry's). */
  issues: Issue[];
}

/**
 * Reads the charges, payments, targets and follow-up notes of a workbook into records. Units and fee
 * types are matched after NFKC, white space and case folding and keep their first spelling (charges
 * first). A zero or negative charge is an error (a limit {@link CHARGE_TABLE} declares); a charge with no
 * due date falls due on the last day of its month; a negative payment is a refund (红冲); payments, targets
 * and notes for what no charge has are warnings; a receipt number used twice is a warning on the later row
 * (one receipt may hold several lines of one unit and date, and a refund may repeat the number it reverses).
 * A payments row marked 作废 is a voided receipt (`voided`, see {@link sortOutVoided}), never a payment; one that
 * still carries an amount is a warning at its amount.
 * Dates and months written without a year (`11月5日`, `10月`) take the title's, else the one nearest `near` (the
 * job's period). A month-wide fee ledger gives charges and payments too ({@link readFeeLedgers}); its amounts
 * without a date are taken as paid by `asOf` (each month's last day without it).
 */
export function readCollectionInputs(
  placed: PlacedSheets,
  near?: YearMonth,
  asOf?: IsoDate,
): CollectionInputs {
  const { date1904 } = placed.book;
  const options = near === undefined ? { date1904 } : { date1904, near };
  const issues: Issue[] = [];
  /** Turns each row of a role's sheets into records; a sheet's reading issues come before its records' issues. */
  const each = <S extends TableSpec>(
    spec: S,
    visit: (row: TableRow<S>, recordIssues: Issue[]) => void,
  ): void => {
    for (const sheet of placed.sheets(spec)) {
      const recordIssues: Issue[] = [];
      const scan = scanTable(sheet, spec, options, (row) => visit(row, recordIssues));
      for (const i of scan.issues) issues.push(i);
      for (const i of recordIssues) issues.push(i);
    }
  };
  const units = new Spelling();
  const feeTypes = new Spelling();
  const charged = new ChargedAccounts();

  const charges: Charge[] = [];
  each(CHARGE_TABLE, (row) => {
    const { unit, customer, feeType, period, amountDue, dueDate } = row.values;
    if (unit === null || feeType === null || period === null || amountDue === null) return;
    const charge: Charge = {
      unit: units.of(unit),
      customer,
      feeType: feeTypes.of(feeType),
      period,
      dueFen: amountDue,
      dueDate: dueDate ?? lastDayOf(period),
      source: sourceOf(row),
    };
    charged.add(charge.unit, charge.feeType);
    charges.push(charge);
  });

  // A month-wide ledger gives charges and payments of its own (its payments join the lists' after their checks).
  const ledger = readFeeLedgers(
    placed.sheets(FEE_LEDGER_TABLE),
    { ...options, ...(asOf === undefined ? {} : { asOf }) },
    { unit: (raw) => units.of(raw), feeType: (raw) => feeTypes.of(raw) },
  );
  for (const charge of ledger.charges) {
    charged.add(charge.unit, charge.feeType);
    charges.push(charge);
  }
  for (const i of ledger.issues) issues.push(i);

  // Payments are checked once all are read: a receipt number is compared with every other one at once.
  const payments: Payment[] = [];
  const voided: VoidedReceipt[] = [];
  const paymentSheets: {
    scan: TableScan<typeof PAYMENT_TABLE>;
    end: number;
    forgiven: ReadonlySet<Issue>;
  }[] = [];
  for (const sheet of placed.sheets(PAYMENT_TABLE)) {
    const first = payments.length;
    const scan = scanTable(sheet, PAYMENT_TABLE, options, (row) => {
      const { receipt, date, unit, feeType, period, amount, method } = row.values;
      if (date === null || unit === null || feeType === null || amount === null) return;
      payments.push({
        receipt,
        date,
        unit: units.of(unit),
        feeType: feeTypes.of(feeType),
        period,
        amountFen: amount,
        method,
        source: sourceOf(row),
      });
    });
    const sorted = sortOutVoided(sheet, scan, payments.slice(first), options);
    payments.length = first;
    for (const p of sorted.payments) payments.push(p);
    for (const v of sorted.voided) voided.push(v);
    paymentSheets.push({ scan, end: payments.length, forgiven: sorted.forgiven });
  }
  const clashes = findReceiptClashes(payments);
  let start = 0;
  for (const { scan, end, forgiven } of paymentSheets) {
    for (const i of scan.issues) if (!forgiven.has(i)) issues.push(i);
    for (const v of voided) {
      if (v.source.sheet !== scan.sheet || v.amountFen === 0) continue;
      issues.push(
        issue("voided_receipt_with_amount", "warning", recordCell(v.source, scan, "amount"), {
          amount: fenText(v.amountFen),
        }),
      );
    }
    for (let k = start; k < end; k++) {
      const payment = payments[k]!;
      const isCharged = charged.has(payment.unit, payment.feeType);
      pushPaymentWarnings(issues, payment, scan, isCharged, clashes.get(k));
    }
    start = end;
  }
  ledger.payments.forEach((payment, k) => {
    const { unit, feeType, amountFen } = payment;
    if (!charged.has(unit, feeType)) {
      const amount = fenText(amountFen);
      issues.push(
        issue("payment_without_charges", "warning", ledger.paymentCells[k]!, { unit, feeType, amount }),
      );
    }
    payments.push(payment);
  });

  const targets: Target[] = [];
  const targetOf = new Map<string, Target>();
  each(TARGET_TABLE, (row, recordIssues) => {
    const { feeType, rate } = row.values;
    if (feeType === null || rate === null) return;
    const target: Target = { feeType: feeTypes.of(feeType), rate, source: sourceOf(row) };
    const earlier = targetOf.get(target.feeType);
    if (earlier !== undefined) {
      recordIssues.push(
        issue("duplicate_target", "error", cellOf(row, "feeType"), {
          feeType: target.feeType,
          firstSheet: earlier.source.sheet,
          firstRow: earlier.source.row,
        }),
      );
      return;
    }
    if (!charged.hasFeeType(target.feeType)) {
      recordIssues.push(
        issue("target_fee_type_unknown", "warning", cellOf(row, "feeType"), { feeType: target.feeType }),
      );
    }
    targetOf.set(target.feeType, target);
    targets.push(target);
  });

  const followUps: FollowUp[] = [];
  each(FOLLOW_UP_TABLE, (row, recordIssues) => {
    const { unit, feeType, reason, expectedDate } = row.values;
    if (unit === null || feeType === null) return;
    const note: FollowUp = {
      unit: units.of(unit),
      feeType: feeTypes.of(feeType),
      reason,
      expectedDate,
      source: sourceOf(row),
    };
    if (!charged.has(note.unit, note.feeType)) {
      recordIssues.push(
        issue("follow_up_without_charges", "warning", cellOf(row, "unit"), {
          unit: note.unit,
          feeType: note.feeType,
        }),
      );
    }
    followUps.push(note);
  });

  return { charges, payments, voided, targets, followUps, issues };
}

/**
 * The warnings a payment may need, in this order: a zero amount, an account (unit and fee type) that has no
 * charges, a receipt number an earlier payment used for something else (`clash`).
 */
function pushPaymentWarnings(
  issues: Issue[],
  payment: Payment,
  scan: TableScan<typeof PAYMENT_TABLE>,
  isCharged: boolean,
  clash: Payment | undefined,
): void {
  if (payment.amountFen === 0)
    issues.push(issue("payment_zero", "warning", recordCell(payment.source, scan, "amount")));
  if (!isCharged) {
    issues.push(
      issue("payment_without_charges", "warning", recordCell(payment.source, scan, "unit"), {
        unit: payment.unit,
        feeType: payment.feeType,
        amount: fenText(payment.amountFen),
      }),
    );
  }
  if (clash !== undefined) {
    issues.push(
      issue("duplicate_receipt", "warning", recordCell(payment.source, scan, "receipt"), {
        receipt: payment.receipt ?? "",
        firstSheet: clash.source.sheet,
        firstRow: clash.source.row,
      }),
    );
  }
}

/**
 * The first spelling of each name (unit or fee type) by its matching key, so `物业管理费 `, `物业 管理费`
 * and `Ａ-101` / `a-101` become one name.
 */
class Spelling {
  private readonly byRaw = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  /** The last name asked for and its answer: a ledger repeats one unit or fee type row after row. */
  private lastRaw: string | null = null;
  private lastSpelled = "";

  /** The first spelling of a name with the same key. */
  of(raw: string): string {
    if (raw === this.lastRaw) return this.lastSpelled;
    let spelled = this.byRaw.get(raw);
    if (spelled === undefined) {
      const key = normalizeKey(raw);
      spelled = this.byKey.get(key);
      if (spelled === undefined) this.byKey.set(key, (spelled = raw));
      this.byRaw.set(raw, spelled);
    }
    this.lastRaw = raw;
    this.lastSpelled = spelled;
    return spelled;
  }
}

/**
 * The fee types each unit is charged. The last pair added or found is remembered: charges and payments
 * come account by account, so most look-ups ask for it again.
 */
class ChargedAccounts {
  private readonly feeTypesOf = new Map<string, Set<string>>();
  private readonly feeTypes = new Set<string>();
  private lastUnit: string | null = null;
  private lastFeeType: string | null = null;

  /** Records that the unit is charged the fee type. */
  add(unit: string, feeType: string): void {
    if (this.isLast(unit, feeType)) return;
    let feeTypes = this.feeTypesOf.get(unit);
    if (feeTypes === undefined) this.feeTypesOf.set(unit, (feeTypes = new Set()));
    feeTypes.add(feeType);
    this.feeTypes.add(feeType);
    this.remember(unit, feeType);
  }

  /** True when the unit is charged the fee type. */
  has(unit: string, feeType: string): boolean {
    if (this.isLast(unit, feeType)) return true;
    if (this.feeTypesOf.get(unit)?.has(feeType) !== true) return false;
    this.remember(unit, feeType);
    return true;
  }

  /** True when some unit is charged the fee type. */
  hasFeeType(feeType: string): boolean {
    return this.feeTypes.has(feeType);
  }

  private isLast(unit: string, feeType: string): boolean {
    return unit === this.lastUnit && feeType === this.lastFeeType;
  }

  private remember(unit: string, feeType: string): void {
    this.lastUnit = unit;
    this.lastFeeType = feeType;
  }
}
