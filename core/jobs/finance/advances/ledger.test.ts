import { describe, expect, it } from "vitest";
import { createCalendar } from "../../../calendar/workingCalendar";
import type { Issue } from "../../../issues";
import { normalizeKey } from "../../../values/text";
import { advancesLedger } from "./ledger";
import type { Loan, Signature, Voucher } from "./records";
import { fen } from "../../../values/money";

let row = 1;
const signed = (...signers: Signature["signer"][]): Signature[] =>
  signers.map((signer, i) => ({ signer, state: "signed", column: String.fromCharCode(70 + i) }));
const LOAN_SIGNED = signed("borrower", "projectHead", "deputyGm", "gm");
const VOUCHER_SIGNED = signed("handler", "projectHead", "deputyGm", "gm");

function loanOf(number: string, date: string, amount: number, over: Partial<Loan> = {}): Loan {
  return {
    number,
    key: normalizeKey(number),
    date,
    borrower: "李静",
    purpose: null,
    fen: fen(amount),
    signatures: LOAN_SIGNED,
    source: { sheet: "借款单", row: ++row },
    cells: { number: "A", date: "B", amount: "E" },
    keyColumn: "A",
    ...over,
  };
}

function voucherOf(loan: string | null, date: string, amount: number, over: Partial<Voucher> = {}): Voucher {
  return {
    voucher: null,
    date,
    invoice: null,
    cashReturn: false,
    fen: fen(amount),
    loan,
    loanKey: loan === null ? null : normalizeKey(loan),
    signatures: VOUCHER_SIGNED,
    source: { sheet: "支出凭证", row: ++row },
    cells: { date: "B", invoice: "C", amount: "D", loan: "E" },
    keyColumn: "B",
    ...over,
  };
}

const calendar = createCalendar();
const codes = (issues: Issue[]) => issues.map((i) => i.code);

describe("advancesLedger: offsets and status", () => {
  it.each<[string, number[], string, number]>([
    ["no voucher: open", [], "open", 100_000],
    ["part offset", [40_000], "partly-offset", 60_000],
    ["two vouchers adding up to the loan: offset", [40_000, 60_000], "offset", 0],
    [
      "more than the loan: over-offset, a negative balance owed to the borrower",
      [70_000, 40_000],
      "over-offset",
      -10_000,
    ],
  ])("%s", (_case, amounts, status, open) => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 100_000)],
      amounts.map((fen, i) => voucherOf("JK-1", `2026-11-1${7 + i}`, fen)),
      "2026-11-20",
      calendar,
    );
    const line = ledger.loans[0]!;
    expect([line.status, line.openFen, line.offsetFen + line.openFen]).toEqual([status, open, 100_000]);
    // Days open: 2026-11-20 - 2026-11-16 = 4, only while something is open.
    expect(line.daysOpen).toBe(open > 0 ? 4 : null);
  });

  it("matches loan numbers after trimming, full-width folding and case folding", () => {
    const ledger = advancesLedger(
      [loanOf("JK-2026-002", "2026-11-16", 1000)],
      [voucherOf("ｊｋ－２０２６－００２ ", "2026-11-17", 1000)],
      "2026-11-20",
      calendar,
    );
    expect([ledger.loans[0]?.status, ledger.unmatched]).toEqual(["offset", []]);
  });

  it("counts only loans and vouchers dated on or before the as-of date", () => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000), loanOf("JK-2", "2026-11-21", 500)],
      [voucherOf("JK-1", "2026-11-20", 400), voucherOf("JK-1", "2026-11-21", 600)],
      "2026-11-20",
      calendar,
    );
    expect(ledger.loans.map((l) => [l.loan.number, l.offsetFen, l.openFen])).toEqual([["JK-1", 400, 600]]);
    expect([ledger.amountFen, ledger.offsetFen, ledger.openFen]).toEqual([1000, 400, 600]);
  });

  it("a voucher naming a loan dated after the as-of date offsets nothing (the loan does not exist yet)", () => {
    const ledger = advancesLedger(
      [loanOf("JK-2", "2026-11-23", 500)],
      [voucherOf("JK-2", "2026-11-19", 500)],
      "2026-11-20",
      calendar,
    );
    expect(ledger.loans).toEqual([]);
    expect(ledger.unmatched.map((u) => u.reason)).toEqual(["unknown-loan"]);
    expect(ledger.issues.map((i) => [i.code, i.params?.["loan"], i.params?.["asOf"]])).toEqual([
      ["voucher_loan_unknown", "JK-2", "2026-11-20"],
    ]);
  });

  it("lists vouchers naming no loan or an unknown one apart, with warnings at the loan-number cell", () => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000)],
      [voucherOf(null, "2026-11-17", 300), voucherOf("JK-9", "2026-11-18", 200)],
      "2026-11-20",
      calendar,
    );
    expect(ledger.unmatched.map((u) => [u.reason, u.voucher.fen])).toEqual([
      ["no-loan", 300],
      ["unknown-loan", 200],
    ]);
    expect(ledger.unmatchedFen).toBe(500);
    expect(ledger.issues.map((i) => [i.code, i.column])).toEqual([
      ["voucher_without_loan", "E"],
      ["voucher_loan_unknown", "E"],
    ]);
    expect(ledger.loans[0]?.status).toBe("open");
  });

  it("flags every voucher that takes the offsets above the loan, at its amount", () => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000)],
      [
        voucherOf("JK-1", "2026-11-17", 900),
        voucherOf("JK-1", "2026-11-18", 200),
        voucherOf("JK-1", "2026-11-19", 50),
      ],
      "2026-11-20",
      calendar,
    );
    expect(ledger.issues.map((i) => [i.code, i.column, i.params?.["offset"]])).toEqual([
      ["offset_above_loan", "D", "11.00"],
      ["offset_above_loan", "D", "11.50"],
    ]);
  });

  it("a loan number used twice: the later slip is an error and left out", () => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000), loanOf("jk-1", "2026-11-17", 2000)],
      [],
      "2026-11-20",
      calendar,
    );
    expect(ledger.loans.map((l) => l.loan.fen)).toEqual([1000]);
    expect(ledger.issues.map((i) => [i.code, i.severity, i.column, i.params?.["firstRow"]])).toEqual([
      ["duplicate_slip", "error", "A", ledger.loans[0]!.loan.source.row],
    ]);
  });

  it("an invoice number used on two vouchers is a warning on the one dated later", () => {
    const later = voucherOf("JK-1", "2026-11-18", 500, { invoice: "44031200" });
    const earlier = voucherOf("JK-1", "2026-11-17", 500, { invoice: "44031200 " });
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000)],
      [later, earlier],
      "2026-11-20",
      calendar,
    );
    expect(ledger.issues.map((i) => [i.code, i.row, i.column, i.params?.["firstRow"]])).toEqual([
      ["duplicate_invoice", later.source.row, "C", earlier.source.row],
    ]);
  });

  it("a voucher dated before its loan is a warning, and still offsets it", () => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-11-16", 1000)],
      [voucherOf("JK-1", "2026-11-13", 1000)],
      "2026-11-20",
      calendar,
    );
    expect(codes(ledger.issues)).toEqual(["voucher_before_loan"]);
    expect(ledger.loans[0]?.status).toBe("offset");
  });
});

describe("advancesLedger: the invoice within 5 working days", () => {
  it.each<[string, string, string]>([
    // Friday 2026-09-11: Mon 14 .. Fri 18 are the 5 working days.
    ["a Friday loan", "2026-09-11", "2026-09-18"],
    // Friday 2026-09-18: Sunday 09-20 is a make-up working day, then 21, 22, 23, 24.
    ["across a make-up Sunday", "2026-09-18", "2026-09-24"],
    // Tuesday 2026-09-29: 09-30, then the National Day holiday 10-01..07, 10-08, 10-09, make-up Saturday 10-10, 10-12.
    ["across the National Day week", "2026-09-29", "2026-10-12"],
    // Saturday 2026-11-21 (not a working day): Mon 23 .. Fri 27.
    ["a loan dated on a weekend", "2026-11-21", "2026-11-27"],
  ])("%s on %s is due %s", (_case, date, deadline) => {
    const ledger = advancesLedger([loanOf("JK-1", date, 1000)], [], "2026-12-31", calendar);
    expect(ledger.loans[0]?.deadline).toBe(deadline);
  });

  it.each<[string, string, boolean]>([
    ["on the deadline: on time", "2026-10-12", false],
    ["the working day after: late", "2026-10-13", true],
    ["on a holiday inside the window: on time", "2026-10-03", false],
  ])("a voucher %s", (_case, date, late) => {
    const ledger = advancesLedger(
      [loanOf("JK-1", "2026-09-29", 1000)],
      [voucherOf("JK-1", date, 1000)],
      "2026-12-31",
      calendar,
    );
    expect(ledger.loans[0]?.offsets.map((o) => o.late)).toEqual([late]);
    expect(codes(ledger.issues)).toEqual(late ? ["invoice_late"] : []);
  });

  it("a workbook's holiday sheet moves the deadline", () => {
    // Monday 2026-11-16 is due Monday 23 (17, 18, 19, 20, 23); with Thursday 19 off, Tuesday 24.
    expect(
      advancesLedger([loanOf("JK-1", "2026-11-16", 1000)], [], "2026-11-30", calendar).loans[0]?.deadline,
    ).toBe("2026-11-23");
    const withDayOff = createCalendar([{ date: "2026-11-19", kind: "holiday", name: "公司活动" }]);
    const ledger = advancesLedger([loanOf("JK-1", "2026-11-16", 1000)], [], "2026-11-30", withDayOff);
    expect(ledger.loans[0]?.deadline).toBe("2026-11-24");
  });

  it.each<[string, string, boolean]>([
    ["on the deadline: not yet overdue", "2026-10-12", false],
    ["the day after, with no voucher: overdue", "2026-10-13", true],
  ])("as of a loan's deadline %s", (_case, asOf, overdue) => {
    const ledger = advancesLedger([loanOf("JK-1", "2026-09-29", 1000)], [], asOf, calendar);
    expect(ledger.loans[0]?.overdue).toBe(overdue);
    expect(ledger.issues.map((i) => [i.code, i.column])).toEqual(overdue ? [["invoice_overdue", "B"]] : []);
  });
});

describe("advancesLedger: signatures", () => {
  it("flags each blank box at its cell, and counts a missing column as not signed without a per-row issue", () => {
    const loan = loanOf("JK-1", "2026-11-16", 1000, {
      signatures: [
        { signer: "borrower", state: "signed", column: "F" },
        { signer: "projectHead", state: "signed", column: "G" },
        { signer: "deputyGm", state: "blank", column: "H" },
        { signer: "gm", state: "no-column" },
      ],
    });
    const voucher = voucherOf("JK-1", "2026-11-17", 1000, {
      signatures: [
        { signer: "handler", state: "blank", column: "F" },
        { signer: "projectHead", state: "signed", column: "G" },
        { signer: "deputyGm", state: "signed", column: "H" },
        { signer: "gm", state: "signed", column: "I" },
      ],
    });
    const ledger = advancesLedger([loan], [voucher], "2026-11-20", calendar);
    expect(ledger.issues.map((i) => [i.code, i.sheet, i.column])).toEqual([
      ["loan_signature_missing", "借款单", "H"],
      ["voucher_signature_missing", "支出凭证", "F"],
    ]);
    expect(ledger.loans[0]?.missingSignatures).toEqual(["deputyGm", "gm"]);
    expect(ledger.loans[0]?.voucherMissingSignatures).toEqual(["handler"]);
  });
});
