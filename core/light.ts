/**
 * The light part of the core: what a host needs before it runs a job - dates, column letters, labels, the
 * issues' codes, the jobs' declarations, placing a workbook's sheets, and what its sheet writer uses.
 * No job's rules, readers or sheets, and not the issues' words (three languages of messages, for a run's result):
 * the task pane imports this at load, and `core/runtime.ts` (the pipeline, the issues' words, and each job's code
 * through `loadJob`) when a job runs. `core/index.ts` exports all of it too.
 */
export * from "./values/isoDate";
export * from "./values/columnLetter";
export * from "./values/excelSerial";
export * from "./values/dateFormat";
export type { CellValue, SheetData, BookData, MergedArea } from "./table/sheetData";
export type { ColumnSpec, TableSpec, ValueType, ValueOf, RowOf } from "./table/declaration";
export type { InputsFound } from "./table/locateInputs";
export type { PlacedSheets } from "./table/placedSheets";
export type { SheetReading, ReadColumn } from "./table/readings";
export { readingLines, headerRowsText, READING_TEXT } from "./table/readingText";
export type { ReadingLines } from "./table/readingText";
export * from "./sheets/sheetSpec";
export * from "./sheets/formats";
export { cleanSheetName, uniqueSheetName, quoteSheetName, MAX_SHEET_NAME } from "./sheets/sheetName";
export { encodeOwnerKey, decodeOwnerKey, OWNER_NAME_PREFIX } from "./sheets/ownerKey";
export { retargetSheetRefs } from "./sheets/sheetRefs";
export { STYLE_LOOKS, LINK_FONT } from "./sheets/styleLooks";
export type { StyleLook, FontLook, AlignmentLook, BorderLine } from "./sheets/styleLooks";
export type { WorkbookHost, WrittenSheet, ReadBookOptions } from "./host";
export { ISSUE_CODES, issue, compareIssues, sortIssues } from "./issues";
export type { Issue, IssueCode, IssueParams, Severity, IssueLocation } from "./issues";
export { LANGS, label, isLabel } from "./i18n/label";
export type { Lang, Label } from "./i18n/label";
export { COLON } from "./i18n/colon";
export { countWords, fillText } from "./i18n/plural";
export type {
  JobDateOption,
  JobDeclaration,
  JobDefinition,
  JobParams,
  JobResult,
  PeriodKind,
} from "./jobs/job";
export type { BarChart, ChartBar } from "./jobs/chart";
export { JOB_DECLARATIONS, findJobDeclaration, periodName, placeJobInputs } from "./jobs/declarations";
// The worksheet functions' ids, as registering them needs; their texts (declarations.ts) are for the build's metadata.
export { WORKSHEET_FUNCTION_ARITIES, FUNCTION_NAMESPACE, qualifiedName } from "./functions/functionIds";
export type { WorksheetFunctionId } from "./functions/functionIds";
export type { FunctionDeclaration, FunctionParameterDeclaration } from "./functions/declarations";
export type { FunctionArg, FunctionErrorCode, FunctionResult } from "./functions/functionValues";
export type { JobPlacement } from "./jobs/declarations";
// The built-in working calendar and the office's duties, as types only: their code (and China's holiday data) is
// not light; the task pane's 本月待办 loads it after the pane's first paint (addin/taskpane/todoLoader.ts).
export type { WorkingCalendar } from "./calendar/workingCalendar";
export type { DutyItem, OwnItem } from "./calendar/officeDuties";
