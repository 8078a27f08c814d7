import type { IsoDate, YearMonth } from "../../../values/isoDate";
import { fenText, minusFen } from "../../../values/money";
import type { ExpectedReceipts } from "./receipts";
import type { PlannedSpending } from "./spending";

/** The cash plan's report: the contract other tools read (`--json`); money as decimal strings. */
export interface CashPlanReport {
  job: "cash-plan";
  month: YearMonth;
  /** Payments dated on or before this date count as paid. */
  asOf: IsoDate;
  /** Hand-in date (the 10th of the month before, moved to a working day). */
  dueDate: IsoDate;
  project: string | null;
  receipts: {
    dueCharges: { feeType: string; charges: number; amount: string }[];
    promised: {
      unit: string;
      customer: string | null;
      feeType: string;
      promisedDate: IsoDate;
      reason: string | null;
      fromPeriod: YearMonth;
      toPeriod: YearMonth;
      charges: number;
      amount: string;
    }[];
    dueChargesTotal: string;
    promisedTotal: string;
    total: string;
  };
  spending: {
    byDepartment: { department: string; rows: number; amount: string }[];
    rows: {
      department: string;
      purpose: string | null;
      date: IsoDate;
      amount: string;
      remarks: string | null;
      sheet: string;
      row: number;
    }[];
    total: string;
    /** Rows of the spending plan dated in other months, not counted. */
    otherMonths: number;
  };
  /** Expected receipts less planned spending. */
  net: string;
}

/** What the report is built from. */
export interface CashPlanFigures {
  receipts: ExpectedReceipts;
  spending: PlannedSpending;
  dueDate: IsoDate;
  project: string | null;
}

/** Builds the JSON report from the computed receipts and spending. */
export function buildCashPlanReport({
  receipts,
  spending,
  dueDate,
  project,
}: CashPlanFigures): CashPlanReport {
  return {
    job: "cash-plan",
    month: receipts.month,
    asOf: receipts.asOf,
    dueDate,
    project,
    receipts: {
      dueCharges: receipts.dueCharges.map((d) => ({
        feeType: d.feeType,
        charges: d.charges,
        amount: fenText(d.fen),
      })),
      promised: receipts.promised.map((p) => ({
        unit: p.unit,
        customer: p.customer,
        feeType: p.feeType,
        promisedDate: p.promisedDate,
        reason: p.reason,
        fromPeriod: p.fromPeriod,
        toPeriod: p.toPeriod,
        charges: p.charges,
        amount: fenText(p.fen),
      })),
      dueChargesTotal: fenText(receipts.dueFen),
      promisedTotal: fenText(receipts.promisedFen),
      total: fenText(receipts.totalFen),
    },
    spending: {
      byDepartment: spending.byDepartment.map((d) => ({
        department: d.department,
        rows: d.items.length,
        amount: fenText(d.fen),
      })),
      rows: spending.byDepartment.flatMap((d) =>
        d.items.map((item) => ({
          department: d.department,
          purpose: item.purpose,
          date: item.date,
          amount: fenText(item.fen),
          remarks: item.remarks,
          sheet: item.source.sheet,
          row: item.source.row,
        })),
      ),
      total: fenText(spending.totalFen),
      otherMonths: spending.otherMonths,
    },
    net: fenText(minusFen(receipts.totalFen, spending.totalFen)),
  };
}
