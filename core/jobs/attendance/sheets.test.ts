import { describe, expect, it } from "vitest";
import { evaluateFormula, type FormulaEnv } from "../../sheets/formulaEngine";
import { isDateCell, isFormulaCell, type OutCell, type SheetSpec } from "../../sheets/sheetSpec";
import { createCalendar } from "../../calendar/workingCalendar";
import { datesOfMonth } from "../../values/isoDate";
import { runJob } from "../registry";
import { ATTENDANCE_JOB } from "./job";
import { OCTOBER_BOOK } from "./octoberBook.testkit";
import type { AttendanceFigures } from "./report";

const { report, sheets } = runJob(ATTENDANCE_JOB, OCTOBER_BOOK, {
  today: "2026-10-31",
  lang: "zh-CN",
  month: "2026-10",
});
const [attendance, leave, overtime] = sheets as [SheetSpec, SheetSpec, SheetSpec];

/** What a cell shows once a spreadsheet has calculated it: formulas evaluated over the sheet itself. */
function shown(spec: SheetSpec, row: number, column: number): string | number | boolean | undefined {
  const env: FormulaEnv<SheetSpec> = {
    home: spec,
    sheet: () => undefined,
    valueAt: (s, r, c) => value(s.cells[r - 1]?.[c - 1] ?? null),
    formulaAt: (s, r, c) => {
      const cell = s.cells[r - 1]?.[c - 1] ?? null;
      return isFormulaCell(cell) ? cell.formula : undefined;
    },
    lastRow: (s) => s.cells.length,
  };
  const value = (cell: OutCell): string | number | boolean | undefined => {
    if (cell === null) return undefined;
    if (isFormulaCell(cell)) return evaluateFormula(cell.formula, env);
    if (isDateCell(cell)) return cell.date;
    if (typeof cell === "object") return cell.text;
    return cell;
  };
  return value(spec.cells[row - 1]?.[column - 1] ?? null);
}

/** A number cell as a spreadsheet sums it: empty is 0; a formula's computed value must equal its evaluation. */
function numberAt(spec: SheetSpec, row: number, column: number): number {
  const cell = spec.cells[row - 1]?.[column - 1] ?? null;
  const value = shown(spec, row, column) ?? 0;
  if (isFormulaCell(cell)) expect(cell.value, `${spec.name} R${row}C${column}`).toBe(value);
  expect(typeof value).toBe("number");
  return value as number;
}

/** The first row whose cell in a column holds a value (1-based; 0 when none does). */
const rowOf = (spec: SheetSpec, column: number, value: string | number) =>
  spec.cells.findIndex((row) => row[column - 1] === value) + 1;

/** The header row of the day columns (the weekday row: 10-01 is a Thursday). */
const headerRow = attendance.cells.findIndex((row) => row[4] === "四") + 1;
const columnOf = (header: string) => attendance.cells[headerRow - 1]!.indexOf(header) + 1;

/** The attendance sheet's figure columns and the report's figure each must equal. */
const FIGURES: [string, (f: AttendanceFigures) => number][] = [
  ["应出勤", (f) => Number(f.scheduled)],
  ["出勤", (f) => Number(f.present)],
  ["出差外勤", (f) => Number(f.trip)],
  ...["事假", "病假", "年假", "婚假", "产假", "丧假", "调休"].map(
    (type): [string, (f: AttendanceFigures) => number] => [
      type,
      (f) => Number(f.leave[type as keyof AttendanceFigures["leave"]] ?? 0),
    ],
  ),
  ["旷工", (f) => Number(f.absent)],
  ["未记录", (f) => Number(f.unrecorded)],
  ["迟到", (f) => f.late],
  ["早退", (f) => f.early],
  ["平时", (f) => Number(f.overtime.workday)],
  ["休息日", (f) => Number(f.overtime.restday)],
  ["法定节假日", (f) => Number(f.overtime.holiday)],
];

describe("考勤表 2026-10", () => {
  it("shows the day symbols of the report under the day numbers and weekdays", () => {
    expect(attendance.cells[headerRow - 2]!.slice(4, 7)).toEqual(["1", "2", "3"]);
    expect(attendance.cells[headerRow - 1]!.slice(4, 11)).toEqual(["四", "五", "六", "日", "一", "二", "三"]);
    for (const e of report.employees) {
      const row = rowOf(attendance, 3, e.name);
      expect(attendance.cells[row - 1]!.slice(4, 35), e.name).toEqual(e.days);
    }
  });

  it("puts 出差外勤 after 出勤, outside the groups, and each group over its own columns", () => {
    const groups = attendance.cells[headerRow - 2]!;
    expect(columnOf("出差外勤")).toBe(columnOf("出勤") + 1);
    // An ungrouped header is merged down over the group row, so that row holds its own text.
    expect(groups[columnOf("出差外勤") - 1]).toBe("出差外勤");
    expect(groups[columnOf("事假") - 1]).toBe("请假（天）");
    expect(groups[columnOf("迟到") - 1]).toBe("次数");
    expect(groups[columnOf("平时") - 1]).toBe("加班（小时）");
  });

  it("gives each employee's totals as the report's numbers", () => {
    for (const e of report.employees) {
      const row = rowOf(attendance, 3, e.name);
      for (const [header, figure] of FIGURES)
        expect(numberAt(attendance, row, columnOf(header)), `${e.name} ${header}`).toBe(figure(e));
    }
  });

  it("recalculates the department subtotals and the grand total to the report's figures", () => {
    const departments = [...new Set(report.employees.map((e) => e.department!))];
    expect(departments).toEqual(["客服部", "工程部", "秩序部"]);
    for (const department of departments) {
      const row = rowOf(attendance, 2, `${department}小计`);
      const members = report.employees.filter((e) => e.department === department);
      for (const [header, figure] of FIGURES) {
        const cell = attendance.cells[row - 1]![columnOf(header) - 1]!;
        expect(isFormulaCell(cell) && cell.formula.startsWith("SUBTOTAL(9,")).toBe(true);
        expect(numberAt(attendance, row, columnOf(header)), `${department} ${header}`).toBeCloseTo(
          members.reduce((sum, e) => sum + figure(e), 0),
          10,
        );
      }
    }
    const total = rowOf(attendance, 2, "合计");
    for (const [header, figure] of FIGURES) {
      expect(numberAt(attendance, total, columnOf(header)), `合计 ${header}`).toBe(figure(report.totals));
    }
  });

  it("shades the rest days and holidays, the headers of the statutory days in yellow, and marks the unrecorded day", () => {
    const calendar = createCalendar();
    const shadedColumns = attendance.styles
      .filter((s) => s.style === "subtotal" && s.left === s.right && s.left > 4 && s.left <= 35)
      .map((s) => s.left - 4);
    const restDays = datesOfMonth("2026-10")
      .map((d, i) => (calendar.isWorkingDay(d) ? 0 : i + 1))
      .filter((d) => d > 0);
    expect(shadedColumns).toEqual(restDays);
    expect(restDays).toHaveLength(13);
    const yellow = attendance.styles.filter((s) => s.style === "highlight");
    expect(yellow.map((s) => s.left - 4)).toEqual([1, 2, 3]);
    expect(yellow.every((s) => s.top === headerRow - 1 && s.bottom === headerRow)).toBe(true);
    const zhang = rowOf(attendance, 3, "张伟");
    expect(attendance.styles.filter((s) => s.style === "warning")).toEqual([
      { top: zhang, bottom: zhang, left: 4 + 16, right: 4 + 16, style: "warning" },
    ]);
  });

  it("is set up for A4 landscape, one page wide, with the signature lines", () => {
    expect(attendance.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
    const text = attendance.cells.flat().filter((c): c is string => typeof c === "string");
    for (const signer of ["制表人", "项目负责人", "副总经理"]) {
      expect(text.some((t) => t.startsWith(`${signer}：`))).toBe(true);
    }
    expect(text).toContain("员工考勤表");
    expect(text).toContain("10-01~10-03 国庆节：法定节假日（加班300%）");
    expect(text).toContain("10-04~10-07 国庆节：休息日（加班200%）");
    expect(text).toContain("10-10（星期六）调休上班（加班150%）");
  });
});

describe("请假汇总 2026-10", () => {
  it("lists the slips with the days counted in the month, totalled and by type", () => {
    const inMonth = leave.cells[rowOf(leave, 1, "序号") - 1]!.indexOf("本月计入天数") + 1;
    const rows = report.leaveSlips.map((_, i) => rowOf(leave, 1, i + 1));
    expect(rows.map((r) => numberAt(leave, r, inMonth))).toEqual(
      report.leaveSlips.map((s) => Number(s.daysInMonth)),
    );
    // 2 + 4.5 + 0 = 6.5 in all; below the total one SUMIF line per type: 事假 0 (a weekend), 病假 2, 年假 4.5.
    expect(numberAt(leave, rowOf(leave, 2, "合计"), inMonth)).toBe(6.5);
    const total = rowOf(leave, 2, "合计");
    const typeRow = (type: string) =>
      total + leave.cells.slice(total).findIndex((row) => row[4] === type) + 1;
    for (const type of ["事假", "病假", "年假"]) {
      const cell = leave.cells[typeRow(type) - 1]![inMonth - 1]!;
      expect(isFormulaCell(cell) && cell.formula.startsWith("SUMIF(")).toBe(true);
    }
    expect(["事假", "病假", "年假"].map((t) => numberAt(leave, typeRow(t), inMonth))).toEqual([0, 2, 4.5]);
  });
});

describe("加班汇总 2026-10", () => {
  it("sums each row and recalculates the subtotals and total to the report's hours", () => {
    const header = overtime.cells[rowOf(overtime, 1, "序号") - 1]!;
    const columns = ["平时加班(150%)", "休息日加班(200%)", "法定节假日加班(300%)", "合计（小时）"].map(
      (h) => header.indexOf(h) + 1,
    );
    for (const e of report.employees.filter((x) => x.name !== "李娜")) {
      const row = rowOf(overtime, 3, e.name);
      const hours = [e.overtime.workday, e.overtime.restday, e.overtime.holiday].map(Number);
      expect(
        columns.map((c) => numberAt(overtime, row, c)),
        e.name,
      ).toEqual([...hours, hours[0]! + hours[1]! + hours[2]!]);
    }
    expect(rowOf(overtime, 3, "李娜")).toBe(0);
    const total = rowOf(overtime, 2, "合计");
    expect(columns.map((c) => numberAt(overtime, total, c))).toEqual([2, 12, 24, 38]);
    expect(overtime.cells[rowOf(overtime, 3, "赵敏") - 1]).toContain(
      "10-01(8 法定), 10-02(8 法定), 10-10(2 平时), 10-11(8 休息日)",
    );
    const text = overtime.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text.some((t) => t.includes("法定＝法定节假日（300%）"))).toBe(true);
  });
});

describe("the sheets in English", () => {
  it("write the symbols and headers in English", () => {
    const en = runJob(ATTENDANCE_JOB, OCTOBER_BOOK, {
      today: "2026-10-31",
      lang: "en",
      month: "2026-10",
    }).sheets;
    expect(en.map((s) => s.name)).toEqual([
      "Attendance 2026-10",
      "Leave 2026-10",
      "Overtime 2026-10",
      "Issues 2026-10 attendance",
    ]);
    const row = en[0]!.cells.find((r) => r[2] === "张伟")!;
    expect(row.slice(4 + 11, 4 + 16)).toEqual(["L", "E", "A", "PL/√", ""]);
  });
});
