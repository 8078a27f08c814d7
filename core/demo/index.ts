import type { BookData } from "../table/sheetData";
import type { IsoDate } from "../values/isoDate";
import { advancesDemo } from "./advances";
import { attendanceDemo } from "./attendance";
import { cashPlanDemo } from "./cashPlan";
import { dutyRosterDemo } from "./dutyRoster";
import { collectionDemo } from "./collection";
import type { DemoSheet } from "./demoSheet";
import { feeStatisticsDemo } from "./feeStatistics";
import { inventoryDemo } from "./inventory";
import { purchasePlanDemo } from "./purchasePlan";
import { weeklyCollectionDemo } from "./weeklyCollection";
import { worksheetFunctionsDemo } from "./worksheetFunctions";
import { calendarDemo } from "./calendar";
import { serviceLogDemo } from "./serviceLog";

export type { DemoSheet } from "./demoSheet";

/**
 * Each job's realistic sample inputs for a day (deterministic for that day), by job id, in the order the
 * jobs are listed. Kept apart from the jobs so hosts that never make a demo (the task pane) do not ship it.
 */
export const JOB_DEMOS: Readonly<Record<string, (today: IsoDate) => DemoSheet[]>> = {
  "purchase-plan": purchasePlanDemo,
  collection: collectionDemo,
  inventory: inventoryDemo,
  attendance: attendanceDemo,
  "weekly-collection": weeklyCollectionDemo,
  "fee-statistics": feeStatisticsDemo,
  "cash-plan": cashPlanDemo,
  advances: advancesDemo,
  calendar: calendarDemo,
  "duty-roster": dutyRosterDemo,
  "service-log": serviceLogDemo,
};

/**
 * The demo workbook's sheets for a day: every job's samples, the first sheet of each name (jobs share the fee
 * ledgers), then the sheet of PropDesk's worksheet functions (日历函数), computed with the workbook's 节假日 sheet.
 */
export function demoSheets(today: IsoDate): DemoSheet[] {
  const seen = new Set<string>();
  const sheets = Object.values(JOB_DEMOS)
    .flatMap((demo) => demo(today))
    .filter((sheet) => !seen.has(sheet.name) && seen.add(sheet.name));
  return [...sheets, ...worksheetFunctionsDemo(today, sheets).filter((sheet) => !seen.has(sheet.name))];
}

/** A demo sheet as the core reads a sheet (values from A1, 1900 date system). */
export function demoBook(sheets: readonly DemoSheet[]): BookData {
  return {
    date1904: false,
    sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
  };
}
