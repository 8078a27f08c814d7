import type { JobDefinition, JobParams, JobResult } from "../../job";
import type { PlacedSheets } from "../../../table/placedSheets";
import { allocate } from "../../../receivables/allocate";
import { readCashPlanInputs } from "./readInputs";
import { expectedReceipts } from "./receipts";
import { plannedSpending } from "./spending";
import { cashPlanAsOf, cashPlanDueDate, defaultCashPlanMonth } from "./period";
import { buildCashPlanReport, type CashPlanReport } from "./report";
import { cashPlanSheet } from "./sheet";
import { CASH_PLAN_TEXT } from "./texts";
import { fillText } from "../../../i18n/plural";
import { groupedAmount } from "../../../values/groupedAmount";
import { CASH_PLAN_DECLARATION } from "./declaration";

/**
 * Runs the cash plan for `params.month` (default next month): the month's expected receipts from the
 * collection ledger at the as-of date ({@link cashPlanAsOf}), the departments' planned spending, the net.
 */
export function runCashPlan(placed: PlacedSheets, params: JobParams): JobResult<CashPlanReport> {
  const month = params.month ?? defaultCashPlanMonth(params.today);
  const asOf = cashPlanAsOf(month, params);
  const inputs = readCashPlanInputs(placed, month, asOf);
  const allocation = allocate(inputs.collection.charges, inputs.collection.payments, asOf);
  const receipts = expectedReceipts(allocation, month, (unit, feeType) => {
    const note = inputs.notes.get(unit, feeType);
    return note?.expectedDate ? { date: note.expectedDate, reason: note.reason } : undefined;
  });
  const spending = plannedSpending(inputs.spending, month);
  const dueDate = cashPlanDueDate(month, inputs.calendar);
  const figures = { receipts, spending, dueDate, project: inputs.project };
  return {
    report: buildCashPlanReport(figures),
    sheets: [cashPlanSheet(figures, params.lang)],
    issues: [...inputs.issues, ...inputs.calendar.coverageIssues(dueDate, dueDate)],
  };
}

/** The receipts and spending plan job (回款与用款计划表): its declaration, its run and its summary. */
export const CASH_PLAN_JOB: JobDefinition<CashPlanReport> = {
  ...CASH_PLAN_DECLARATION,
  run: runCashPlan,
  summarize(report, lang) {
    return [
      fillText(CASH_PLAN_TEXT.summary[lang], {
        month: report.month,
        receipts: groupedAmount(report.receipts.total),
        due: groupedAmount(report.receipts.dueChargesTotal),
        promised: groupedAmount(report.receipts.promisedTotal),
        spending: groupedAmount(report.spending.total),
        net: groupedAmount(report.net),
      }),
    ];
  },
};
