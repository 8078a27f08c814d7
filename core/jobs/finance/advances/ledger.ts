import { issue, type CellLocation, type Issue } from "../../../issues";
import type { WorkingCalendar } from "../../../calendar/workingCalendar";
import type { IsoDate } from "../../../values/isoDate";
import { toDayNumber } from "../../../values/isoDate";
import { addFen, fenText, minusFen, sumFen, ZERO_FEN, type Fen } from "../../../values/money";
import { normalizeKey } from "../../../values/text";
import type { Loan, Signer, Voucher } from "./records";
import { SIGNER_LABELS } from "./signers";

/** Working days within which a loan's invoice must arrive (docs/jobs/advances.md#invoice-deadline). */
export const INVOICE_WORKING_DAYS = 5;

/** Where a loan stands: nothing offset, partly offset, exactly offset, or offset beyond the amount. */
export type LoanStatus = "open" | "partly-offset" | "offset" | "over-offset";

/** One voucher set against a loan, and whether its invoice came after the loan's deadline (never a cash return). */
export interface Offset {
  voucher: Voucher;
  late: boolean;
}

/** One loan at the as-of date with its offsets, open balance and flags. */
export interface LoanLine {
  loan: Loan;
  /** The invoice deadline: {@link INVOICE_WORKING_DAYS} working days after the loan date. */
  deadline: IsoDate;
  /** The vouchers dated on or before the as-of date that name it, by date then input order. */
  offsets: Offset[];
  offsetFen: Fen;
  /** The part of the offset that is cash handed back (交回余款), not an invoice. */
  cashReturnedFen: Fen;
  /** Amount less offsets; negative when over-offset (owed back to the borrower). */
  openFen: Fen;
  status: LoanStatus;
  /** As-of date minus loan date in days while anything is open, else null. */
  daysOpen: number | null;
  /** No invoice yet, something still open, and the deadline has passed. */
  overdue: boolean;
  /** Signers whose box on the slip is blank or whose column the sheet lacks. */
  missingSignatures: Signer[];
  /** Signers missing on any of its vouchers. */
  voucherMissingSignatures: Signer[];
}

/** Why a voucher offsets no loan. */
export type UnmatchedReason = "no-loan" | "unknown-loan";

/** A voucher that offsets no loan. */
export interface UnmatchedVoucher {
  voucher: Voucher;
  reason: UnmatchedReason;
}

/** The advances ledger at an as-of date. */
export interface AdvancesLedger {
  asOf: IsoDate;
  /** Loans dated on or before the as-of date, by date then input order. */
  loans: LoanLine[];
  unmatched: UnmatchedVoucher[];
  amountFen: Fen;
  offsetFen: Fen;
  /** The offsets that are cash handed back, over all loans. */
  cashReturnedFen: Fen;
  openFen: Fen;
  unmatchedFen: Fen;
  issues: Issue[];
}

/**
 * The loans and their offsets at `asOf`: only loans and vouchers dated on or before it count. Vouchers are
 * matched to loans by number key, in date then input order; a loan number used again is an error on the later
 * slip (`duplicate_slip`, left out). A cash return (交回余款) offsets its loan like an invoice but needs none: it is
 * never late, and a loan it settles in full is never overdue. Flags: an invoice voucher after the loan's deadline
 * (`invoice_late`), a loan with no invoice voucher and something open past its deadline (`invoice_overdue`), blank
 * signature boxes, vouchers naming no loan or one not among the counted loans, a voucher dated before its loan,
 * every voucher that takes the offsets above the loan (`offset_above_loan`), an invoice number used twice
 * (`duplicate_invoice`; a cash return's invoice cell is not an invoice number).
 */
export function advancesLedger(
  loans: readonly Loan[],
  vouchers: readonly Voucher[],
  asOf: IsoDate,
  calendar: WorkingCalendar,
): AdvancesLedger {
  const issues: Issue[] = [];
  const byKey = new Map<string, LoanLine>();
  const lines: LoanLine[] = [];
  for (const loan of loans) {
    if (loan.date > asOf) continue;
    const first = byKey.get(loan.key);
    if (first !== undefined) {
      issues.push(
        issue("duplicate_slip", "error", cellAt(loan, "number"), {
          slip: loan.number,
          firstSheet: first.loan.source.sheet,
          firstRow: first.loan.source.row,
        }),
      );
      continue;
    }
    const line: LoanLine = {
      loan,
      deadline: calendar.addWorkingDays(loan.date, INVOICE_WORKING_DAYS),
      offsets: [],
      offsetFen: ZERO_FEN,
      cashReturnedFen: ZERO_FEN,
      openFen: loan.fen,
      status: "open",
      daysOpen: null,
      overdue: false,
      missingSignatures: missingOf(loan, issues, (signer, at) =>
        issue("loan_signature_missing", "warning", at, { signer: SIGNER_LABELS[signer], loan: loan.number }),
      ),
      voucherMissingSignatures: [],
    };
    byKey.set(loan.key, line);
    lines.push(line);
  }

  const counted = vouchers
    .filter((v) => v.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const invoices = new Map<string, Voucher>();
  const unmatched: UnmatchedVoucher[] = [];
  for (const voucher of counted) {
    const at = (column: string) => cellAt(voucher, column);
    const missing = missingOf(voucher, issues, (signer, at) =>
      issue("voucher_signature_missing", "warning", at, { signer: SIGNER_LABELS[signer] }),
    );
    if (voucher.invoice !== null && !voucher.cashReturn) {
      const key = normalizeKey(voucher.invoice);
      const first = invoices.get(key);
      if (first === undefined) invoices.set(key, voucher);
      else {
        issues.push(
          issue("duplicate_invoice", "warning", at("invoice"), {
            invoice: voucher.invoice,
            firstSheet: first.source.sheet,
            firstRow: first.source.row,
          }),
        );
      }
    }
    const line = voucher.loanKey === null ? undefined : byKey.get(voucher.loanKey);
    if (line === undefined) {
      if (voucher.loan === null) {
        issues.push(issue("voucher_without_loan", "warning", at("loan"), { amount: fenText(voucher.fen) }));
        unmatched.push({ voucher, reason: "no-loan" });
      } else {
        issues.push(issue("voucher_loan_unknown", "warning", at("loan"), { loan: voucher.loan, asOf }));
        unmatched.push({ voucher, reason: "unknown-loan" });
      }
      continue;
    }
    const { loan } = line;
    if (voucher.date < loan.date) {
      issues.push(
        issue("voucher_before_loan", "warning", at("date"), { loan: loan.number, loanDate: loan.date }),
      );
    }
    const late = !voucher.cashReturn && voucher.date > line.deadline;
    if (late) {
      issues.push(
        issue("invoice_late", "warning", at("date"), { loan: loan.number, deadline: line.deadline }),
      );
    }
    line.offsets.push({ voucher, late });
    line.offsetFen = addFen(line.offsetFen, voucher.fen);
    if (voucher.cashReturn) line.cashReturnedFen = addFen(line.cashReturnedFen, voucher.fen);
    if (line.offsetFen > loan.fen) {
      issues.push(
        issue("offset_above_loan", "warning", at("amount"), {
          loan: loan.number,
          amount: fenText(loan.fen),
          offset: fenText(line.offsetFen),
        }),
      );
    }
    for (const signer of missing) {
      if (!line.voucherMissingSignatures.includes(signer)) line.voucherMissingSignatures.push(signer);
    }
  }

  let amountFen = ZERO_FEN;
  let offsetFen = ZERO_FEN;
  let cashReturnedFen = ZERO_FEN;
  for (const line of lines) {
    const { loan } = line;
    line.openFen = minusFen(loan.fen, line.offsetFen);
    line.status =
      line.offsetFen === 0
        ? "open"
        : line.offsetFen < loan.fen
          ? "partly-offset"
          : line.offsetFen === loan.fen
            ? "offset"
            : "over-offset";
    if (line.openFen > 0) line.daysOpen = toDayNumber(asOf) - toDayNumber(loan.date);
    const invoiced = line.offsets.some((o) => !o.voucher.cashReturn);
    if (!invoiced && line.openFen > 0 && asOf > line.deadline) {
      line.overdue = true;
      issues.push(
        issue("invoice_overdue", "warning", cellAt(loan, "date"), {
          loan: loan.number,
          deadline: line.deadline,
        }),
      );
    }
    amountFen = addFen(amountFen, loan.fen);
    offsetFen = addFen(offsetFen, line.offsetFen);
    cashReturnedFen = addFen(cashReturnedFen, line.cashReturnedFen);
  }
  const unmatchedFen = sumFen(unmatched.map((u) => u.voucher.fen));
  return {
    asOf,
    loans: lines.sort((a, b) => (a.loan.date < b.loan.date ? -1 : a.loan.date > b.loan.date ? 1 : 0)),
    unmatched,
    amountFen,
    offsetFen,
    cashReturnedFen,
    openFen: minusFen(amountFen, offsetFen),
    unmatchedFen,
    issues,
  };
}

/** The signers missing on a slip or voucher; a blank box also gets an issue at its cell. */
/** A record's cell in one of its columns (its key column when the sheet lacks that one). */
function cellAt(record: Loan | Voucher, column: string): CellLocation {
  return {
    sheet: record.source.sheet,
    row: record.source.row,
    column: record.cells[column] ?? record.keyColumn,
  };
}

function missingOf(
  record: Loan | Voucher,
  issues: Issue[],
  blank: (signer: Signer, at: CellLocation) => Issue,
): Signer[] {
  const missing: Signer[] = [];
  for (const signature of record.signatures) {
    if (signature.state === "signed") continue;
    missing.push(signature.signer);
    if (signature.state === "blank") {
      issues.push(
        blank(signature.signer, {
          sheet: record.source.sheet,
          row: record.source.row,
          column: signature.column ?? record.keyColumn,
        }),
      );
    }
  }
  return missing;
}
