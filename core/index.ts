/**
 * PropDesk's core: the module hosts import (the CLI, tests, the preview's simulator). Pure: no Office.js, Node
 * or DOM. The task pane imports its two halves instead: `light.ts` at load, `runtime.ts` and each job (`loadJob`)
 * when a job runs; everything they export is exported here too.
 */
export * from "./light";
export * from "./runtime";
export * from "./values/index";
export * from "./calendar/index";
export { calendarFromSheets } from "./calendar/holidaySheet";
export { HOLIDAY_TABLE } from "./calendar/holidayTable";
export { column, table } from "./table/declaration";
export { readTable } from "./table/readTable";
export type { TableRead, TableRow, ReadOptions, RowCounts, SuppliedCell } from "./table/readTable";
export { locateInputs } from "./table/locateInputs";
export { isBlankRow, isTotalRow } from "./table/rowKinds";
export { FormSheetBuilder } from "./sheets/formSheetBuilder";
export type { FormColumn, FormSheetOptions, HeaderGroup, ColumnSums } from "./sheets/formSheetBuilder";
export { issuesSheet } from "./sheets/issuesSheet";
export type { IssuesSheetOptions } from "./sheets/issuesSheet";
export { reportIssue, reportReading, reportWithIssues } from "./jobs/reportJson";
export type { ReportedIssue, ReportedReading } from "./jobs/reportJson";
export { JOBS, findJob } from "./jobs/registry";
export * from "./functions/index";
// The office calendar's 事项 sheet as hosts may read it (the task pane's list of duties adds the office's own).
export { OWN_ITEMS_TABLE } from "./jobs/calendar/inputs";
export { readOwnItems } from "./jobs/calendar/readItems";
export type { ReadItem } from "./jobs/calendar/readItems";
export type { CalendarReport, CalendarReportItem } from "./jobs/calendar/report";
