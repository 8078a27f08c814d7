import type { IsoDate } from "../../../values/isoDate";
import { fenText } from "../../../values/money";
import type { AdvancesLedger, LoanStatus, UnmatchedReason } from "./ledger";
import type { Signer } from "./records";

/** The advances job's report: the contract other tools read (`--json`); money as decimal strings. */
export interface AdvancesReport {
  job: "advances";
  asOf: IsoDate;
  project: string | null;
  loans: {
    number: string;
    date: IsoDate;
    borrower: string | null;
    purpose: string | null;
    amount: string;
    offset: string;
    /** The part of the offset that is cash handed back (交回余款), not an invoice. */
    cashReturned: string;
    /** Amount less offset; negative when over-offset. */
    openBalance: string;
    daysOpen: number | null;
    status: LoanStatus;
    deadline: IsoDate;
    overdue: boolean;
    vouchers: {
      date: IsoDate;
      voucher: string | null;
      invoice: string | null;
      amount: string;
      /** Cash handed back (交回余款, 退还现金…): needs no invoice, never late. */
      cashReturn: boolean;
      late: boolean;
    }[];
    missingSignatures: Signer[];
    voucherMissingSignatures: Signer[];
    sheet: string;
    row: number;
  }[];
  unmatchedVouchers: {
    date: IsoDate;
    voucher: string | null;
    invoice: string | null;
    amount: string;
    cashReturn: boolean;
    loan: string | null;
    reason: UnmatchedReason;
    sheet: string;
    row: number;
  }[];
  totals: {
    loans: number;
    amount: string;
    offset: string;
    /** Of the offset, cash handed back. */
    cashReturned: string;
    openBalance: string;
    unmatched: string;
  };
  /** How many of each flag: late invoices (vouchers), overdue loans, loans and vouchers not fully signed, ... */
  flags: {
    lateInvoices: number;
    overdueLoans: number;
    unsignedLoans: number;
    unsignedVouchers: number;
    overOffsetLoans: number;
    unmatchedVouchers: number;
  };
}

/** Builds the JSON report from the ledger. */
export function buildAdvancesReport(ledger: AdvancesLedger, project: string | null): AdvancesReport {
  const vouchers = ledger.loans.flatMap((l) => l.offsets.map((o) => o.voucher));
  const unsigned = (signatures: readonly { state: string }[]) => signatures.some((s) => s.state !== "signed");
  return {
    job: "advances",
    asOf: ledger.asOf,
    project,
    loans: ledger.loans.map((line) => ({
      number: line.loan.number,
      date: line.loan.date,
      borrower: line.loan.borrower,
      purpose: line.loan.purpose,
      amount: fenText(line.loan.fen),
      offset: fenText(line.offsetFen),
      cashReturned: fenText(line.cashReturnedFen),
      openBalance: fenText(line.openFen),
      daysOpen: line.daysOpen,
      status: line.status,
      deadline: line.deadline,
      overdue: line.overdue,
      vouchers: line.offsets.map(({ voucher, late }) => ({
        date: voucher.date,
        voucher: voucher.voucher,
        invoice: voucher.invoice,
        amount: fenText(voucher.fen),
        cashReturn: voucher.cashReturn,
        late,
      })),
      missingSignatures: line.missingSignatures,
      voucherMissingSignatures: line.voucherMissingSignatures,
      sheet: line.loan.source.sheet,
      row: line.loan.source.row,
    })),
    unmatchedVouchers: ledger.unmatched.map(({ voucher, reason }) => ({
      date: voucher.date,
      voucher: voucher.voucher,
      invoice: voucher.invoice,
      amount: fenText(voucher.fen),
      cashReturn: voucher.cashReturn,
      loan: voucher.loan,
      reason,
      sheet: voucher.source.sheet,
      row: voucher.source.row,
    })),
    totals: {
      loans: ledger.loans.length,
      amount: fenText(ledger.amountFen),
      offset: fenText(ledger.offsetFen),
      cashReturned: fenText(ledger.cashReturnedFen),
      openBalance: fenText(ledger.openFen),
      unmatched: fenText(ledger.unmatchedFen),
    },
    flags: {
      lateInvoices: ledger.loans.reduce((n, l) => n + l.offsets.filter((o) => o.late).length, 0),
      overdueLoans: ledger.loans.filter((l) => l.overdue).length,
      unsignedLoans: ledger.loans.filter((l) => l.missingSignatures.length > 0).length,
      unsignedVouchers: [...vouchers, ...ledger.unmatched.map((u) => u.voucher)].filter((v) =>
        unsigned(v.signatures),
      ).length,
      overOffsetLoans: ledger.loans.filter((l) => l.status === "over-offset").length,
      unmatchedVouchers: ledger.unmatched.length,
    },
  };
}
