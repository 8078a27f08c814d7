import type { JobDefinition, JobParams, JobResult } from "../../job";
import type { PlacedSheets } from "../../../table/placedSheets";
import { monthOf } from "../../../values/isoDate";
import { readAdvancesInputs } from "./readInputs";
import { advancesLedger } from "./ledger";
import { buildAdvancesReport, type AdvancesReport } from "./report";
import { advancesSheet } from "./sheet";
import { ADVANCES_TEXT } from "./texts";
import { fillText } from "../../../i18n/plural";
import { groupedAmount } from "../../../values/groupedAmount";
import { ADVANCES_DECLARATION } from "./declaration";

/**
 * Runs the advances ledger at `params.asOf` (default today) on a workbook's placed sheets: loans and vouchers
 * dated up to it. Hosts run it through the registry's `runJob`.
 */
export function runAdvances(placed: PlacedSheets, params: JobParams): JobResult<AdvancesReport> {
  const asOf = params.asOf ?? params.today;
  const inputs = readAdvancesInputs(placed, monthOf(asOf));
  const ledger = advancesLedger(inputs.loans, inputs.vouchers, asOf, inputs.calendar);
  const first = ledger.loans[0]?.loan.date ?? asOf;
  return {
    report: buildAdvancesReport(ledger, inputs.project),
    sheets: [advancesSheet(ledger, inputs.project, params.lang)],
    issues: [...inputs.issues, ...ledger.issues, ...inputs.calendar.coverageIssues(first, asOf)],
  };
}

/** The advances job (借款单与支出凭证 / 借款台账): its declaration, its run and its summary. */
export const ADVANCES_JOB: JobDefinition<AdvancesReport> = {
  ...ADVANCES_DECLARATION,
  run: runAdvances,
  summarize(report, lang) {
    return [
      fillText(ADVANCES_TEXT.summary[lang], {
        asOf: report.asOf,
        count: report.totals.loans,
        amount: groupedAmount(report.totals.amount),
        offset: groupedAmount(report.totals.offset),
        open: groupedAmount(report.totals.openBalance),
        late: report.flags.lateInvoices + report.flags.overdueLoans,
        unsigned: report.flags.unsignedLoans + report.flags.unsignedVouchers,
        unmatched: report.flags.unmatchedVouchers,
      }),
    ];
  },
};
