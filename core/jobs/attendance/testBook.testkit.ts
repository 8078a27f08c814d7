import type { Issue } from "../../issues";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { isoToExcelSerial } from "../../values/excelSerial";
import { datesOfMonth, weekday, type IsoDate, type YearMonth } from "../../values/isoDate";

/** A sheet from rows starting at A1 (test helper). */
export function sheet(name: string, rows: CellValue[][]): SheetData {
  return { name, values: rows, origin: { row: 1, column: 1 } };
}

/** A workbook of sheets in the 1900 date system (test helper). */
export function book(...sheets: SheetData[]): BookData {
  return { sheets, date1904: false };
}

/** The Excel serial of a date (1900 system). */
export function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}

/**
 * An attendance grid as an office types it: title and month label, a header 序号/工号/姓名/部门 with the days
 * 1..n as numbers, the weekday row, then one row per employee (`days[d - 1]` is day d's cell).
 * Employee rows start at Excel row 5; day d is in column 4 + d.
 */
export function gridSheet(
  name: string,
  month: YearMonth,
  rows: [string | null, string, CellValue[]][],
): SheetData {
  const dates = datesOfMonth(month);
  return sheet(name, [
    [`${month} 考勤表`],
    [`考勤月份：${month}`],
    ["序号", "工号", "姓名", "部门", ...dates.map((_, i) => i + 1)],
    [null, null, null, null, ...dates.map((d) => "日一二三四五六"[weekday(d)]!)],
    ...rows.map(([id, name, days], i): CellValue[] => [i + 1, id, name, null, ...days]),
  ]);
}

/** `code sheet!A1 severity` of an issue, for compact expectations. */
export function brief(i: Issue): string {
  return `${i.code} ${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""} ${i.severity}`;
}
