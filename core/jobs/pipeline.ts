import { sortIssues, type Issue } from "../issues";
import { projectNameOf } from "../table/projectName";
import { withSheetContext } from "../sheets/sheetContext";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { BookData } from "../table/sheetData";
import { collectReadings, type SheetReading } from "../table/readings";
import { withExactSums } from "../table/exactSums";
import { placeJobInputs, periodName } from "./declarations";
import { isUnusable, jobIssuesSheet, type JobDefinition, type JobParams } from "./job";
import { datesAfterToday } from "./periodDefaults";

/** One run of a job as every host makes it: what to write, what was found, and whether the workbook could be used. */
export interface JobRun<R = unknown> {
  report: R;
  /** The job's sheets then its issues sheet; none when the workbook holds no input for the job. */
  sheets: SheetSpec[];
  /** Every issue in reading order: the dates after today, placing the sheets, then the job's own. */
  issues: Issue[];
  period: string;
  /** True when the workbook holds no input for the job at all (nothing is to be written). */
  unusable: boolean;
  /**
   * How each sheet the job read was read (header, columns, row counts), in the workbook's tab order: collected
   * from the table reader as the job ran, so no job hands them on. The issues sheet lists them too.
   */
  readings: SheetReading[];
}

/**
 * The one pipeline every host runs a job through: place the sheets once, run the job on them (its figures held to
 * exact sums: core/table/exactSums.ts), put the issues in reading order and add the issues sheet (with how each
 * sheet was read). Pure and deterministic; hosts only
 * read the workbook and write what this returns. Imports no job: it runs the definition it is given (from
 * `JOBS`, or `loadJob`).
 */
export function runJob<R = unknown>(job: JobDefinition<R>, book: BookData, params: JobParams): JobRun<R> {
  const { placed, found } = placeJobInputs(job, book, params.inputSheets);
  const context = { project: projectNameOf(book) };
  const { value: result, readings } = collectReadings(placed.book.sheets, () =>
    withExactSums(() => withSheetContext(context, () => job.run(placed, params))),
  );
  const issues = [
    ...datesAfterToday(params),
    ...sortIssues(
      [...found.issues, ...result.issues],
      book.sheets.map((s) => s.name),
    ),
  ];
  const period = periodName(job, params);
  const unusable = isUnusable(issues);
  const sheets = unusable
    ? []
    : [
        ...result.sheets,
        withSheetContext(context, () => jobIssuesSheet(job, issues, period, params.lang, readings)),
      ];
  return { report: result.report, sheets, issues, period, unusable, readings };
}
