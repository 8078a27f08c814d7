import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarFromSheets } from "./holidaySheet";
import { HOLIDAY_TABLE } from "./holidayTable";
import { statutoryDay } from "./statutoryDays";
import { createCalendar } from "./workingCalendar";
import type { CellValue, SheetData } from "../table/sheetData";
import { addDays, toDayNumber, weekday } from "../values/isoDate";
import { locateInputs } from "../table/locateInputs";

function sheet(values: CellValue[][], name = "节假日", origin = { row: 1, column: 1 }): SheetData {
  return { name, values, origin };
}

/** Excel serial (1900 system) of an ISO date. */
const serial = (iso: string) => toDayNumber(iso) + 25569;

describe("calendarFromSheets", () => {
  it("without sheets is the built-in calendar", () => {
    const { calendar, issues } = calendarFromSheets([], false);
    expect(issues).toEqual([]);
    expect(calendar.isWorkingDay("2026-10-01")).toBe(false);
    expect(calendar.isWorkingDay("2026-10-10")).toBe(true);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(true);
  });

  it("makes Monday 2026-11-30 a holiday and Saturday 2026-11-28 a working day", () => {
    expect(weekday("2026-11-28")).toBe(6);
    expect(weekday("2026-11-30")).toBe(1);
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["2026年节假日调整", null, null],
          ["日期", "类型", "名称"],
          ["2026-11-30", "休", "公司周年庆"],
          ["2026-11-28", "班", null],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
    expect(calendar.dayKind("2026-11-30")).toBe("holiday");
    expect(calendar.holidayName("2026-11-30")).toBe("公司周年庆");
    expect(calendar.isWorkingDay("2026-11-28")).toBe(true);
    expect(calendar.dayKind("2026-11-28")).toBe("makeup_workday");
    expect(calendar.deadline("2026-11-30")).toBe("2026-11-28");
    expect(calendar.workingDaysIn("2026-11")).toHaveLength(createCalendar().workingDaysIn("2026-11").length);
  });

  it.each<[string, "statutory" | "holiday" | "workday"]>([
    ["法定", "statutory"],
    ["法定节假日", "statutory"],
    ["法定節假日", "statutory"],
    ["法定假日", "statutory"],
    ["statutory", "statutory"],
    ["Statutory holiday", "statutory"],
    ["休", "holiday"],
    ["放假", "holiday"],
    ["休息", "holiday"],
    ["假", "holiday"],
    ["節假日", "holiday"],
    ["holiday", "holiday"],
    ["Holiday", "holiday"],
    ["OFF", "holiday"],
    ["rest", "holiday"],
    ["休息日", "holiday"],
    [" 放 假 ", "holiday"],
    ["班", "workday"],
    ["上班", "workday"],
    ["调休上班", "workday"],
    ["調休上班", "workday"],
    ["补班", "workday"],
    ["補班", "workday"],
    ["工作日", "workday"],
    ["workday", "workday"],
    ["WorkDay", "workday"],
    ["work", "workday"],
  ])("reads type %j as a %s", (type, kind) => {
    // Monday 2026-11-30 and Saturday 2026-11-28: each type flips the day from its built-in kind.
    const date = kind === "workday" ? "2026-11-28" : "2026-11-30";
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          [date, type],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    expect(calendar.isWorkingDay(date)).toBe(kind === "workday");
    expect(calendar.isStatutory(date)).toBe(kind === "statutory");
  });

  it("reads a company's own day off (休) as a rest day and a 法定 day as statutory", () => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型", "名称"],
          ["2026-12-21", "休", "公司周年庆"],
          ["2026-12-22", "法定", "地方节日"],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    expect([calendar.dayKind("2026-12-21"), calendar.isStatutory("2026-12-21")]).toEqual(["holiday", false]);
    expect([calendar.dayKind("2026-12-22"), calendar.isStatutory("2026-12-22")]).toEqual(["statutory", true]);
    expect(calendar.holidayName("2026-12-22")).toBe("地方节日");
  });

  it("keeps a law's day statutory when the sheet lists it 休, as offices copy the whole arrangement", () => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型", "名称"],
          ...["01", "02", "03", "04", "05", "06", "07"].map((d): CellValue[] => [
            `2026-10-${d}`,
            "休",
            "国庆",
          ]),
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    const kinds = ["01", "02", "03", "04", "05", "06", "07"].map((d) => calendar.dayKind(`2026-10-${d}`));
    expect(kinds).toEqual([
      "statutory",
      "statutory",
      "statutory",
      "holiday",
      "holiday",
      "holiday",
      "holiday",
    ]);
  });

  it("schedules a law's day listed 班 as a working day, keeps it statutory and warns at the type cell", () => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          ["2026-10-01", "班"],
          ["2026-10-07", "班"],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([
      {
        code: "holiday_statutory_workday",
        severity: "warning",
        sheet: "节假日",
        row: 2,
        column: "B",
        params: { date: "2026-10-01", name: "国庆节" },
      },
    ]);
    expect([calendar.isWorkingDay("2026-10-01"), calendar.isStatutory("2026-10-01")]).toEqual([true, true]);
    expect([calendar.isWorkingDay("2026-10-07"), calendar.isStatutory("2026-10-07")]).toEqual([true, false]);
  });

  it.each<[string, CellValue[]]>([
    ["Traditional headers", ["日期", "類型", "名稱"]],
    ["English headers", ["Date", "Type", "Name"]],
    ["headers in another order with marks", ["备注", "* 类型", "日 期"]],
  ])("reads %s", (_what, header) => {
    const dateAt = header.findIndex((h) => typeof h === "string" && /日\s*期|Date/.test(h));
    const typeAt = header.findIndex((h) => typeof h === "string" && /[类類]型|Type/.test(h));
    const row: CellValue[] = header.map(() => null);
    row[dateAt] = "2026-11-30";
    row[typeAt] = "休";
    const { calendar, issues } = calendarFromSheets([sheet([header, row], "Holidays")], false);
    expect(issues).toEqual([]);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
  });

  it("reads dates as serials and as Chinese text", () => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          [serial("2026-11-30"), "休"],
          ["2026年12月31日", "休"],
          ["2026/12/5", "上班"],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
    expect(calendar.isWorkingDay("2026-12-31")).toBe(false);
    expect(calendar.isWorkingDay("2026-12-05")).toBe(true);
  });

  it("reads serials in the 1904 date system when the workbook uses it", () => {
    const { calendar } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          [serial("2026-11-30") - 1462, "休"],
        ]),
      ],
      true,
    );
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
  });

  it("covers a year the built-in data lacks once the sheet lists it", () => {
    const before = calendarFromSheets([], false).calendar;
    expect(before.coverageIssues("2031-01-01", "2031-12-31")).toEqual([
      { code: "calendar_year_not_covered", severity: "warning", params: { year: 2031 } },
    ]);
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型", "名称"],
          ["2031-01-01", "休", "元旦"],
          ["2031-10-01", "休", "国庆节"],
          ["2031-10-11", "班", null],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([]);
    expect(calendar.coverageIssues("2031-01-01", "2031-12-31")).toEqual([]);
    expect(calendar.uncoveredYears("2030-06-01", "2032-01-31")).toEqual([2030, 2032]);
    expect(calendar.isWorkingDay("2031-01-01")).toBe(false);
    expect(calendar.holidayName("2031-10-01")).toBe("国庆节");
    expect(calendar.dayKind("2031-10-11")).toBe("makeup_workday");
  });

  it("reports an unknown type as a warning at the type cell, and skips that row", () => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet(
          [
            ["节假日", null, null],
            ["名称", "日期", "类型"],
            ["周年庆", "2026-11-30", "调休"],
            ["元旦", "2027-01-01", "休"],
          ],
          "節假日",
          { row: 3, column: 2 },
        ),
      ],
      false,
    );
    expect(issues).toEqual([
      {
        code: "holiday_type_unknown",
        severity: "warning",
        sheet: "節假日",
        row: 5,
        column: "D",
        params: { value: "调休" },
      },
    ]);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(true);
    expect(calendar.isWorkingDay("2027-01-01")).toBe(false);
  });

  it.each<[string, CellValue, string]>([
    ["an impossible date", "2026-02-30", "not_a_date"],
    ["words", "下周一", "not_a_date"],
    ["an ambiguous date", "5/12/2026", "ambiguous_date"],
    ["an error value", "#VALUE!", "cell_error"],
  ])("reports %s in the date column with its coordinates and skips the row", (_what, value, code) => {
    const { calendar, issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          ["2026-11-30", "休"],
          [value, "休"],
        ]),
      ],
      false,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, severity: "error", sheet: "节假日", row: 3, column: "A" });
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
  });

  it("reports a row with a type but no date", () => {
    const { issues } = calendarFromSheets(
      [
        sheet([
          ["日期", "类型"],
          [null, "休"],
        ]),
      ],
      false,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: "value_required",
        severity: "error",
        sheet: "节假日",
        row: 2,
        column: "A",
      }),
    ]);
  });

  it("combines several sheets, the later sheet winning for a date listed twice", () => {
    const { calendar } = calendarFromSheets(
      [
        sheet(
          [
            ["日期", "类型"],
            ["2026-11-30", "休"],
          ],
          "节假日",
        ),
        sheet(
          [
            ["日期", "类型"],
            ["2026-11-30", "班"],
          ],
          "节假日补充",
        ),
      ],
      false,
    );
    expect(calendar.isWorkingDay("2026-11-30")).toBe(true);
  });

  it("reads the sheets that locateInputs places in the holiday role", () => {
    const holidays = sheet(
      [
        ["日期", "类型"],
        ["2026-11-30", "休"],
      ],
      "Holidays",
    );
    const found = locateInputs({ sheets: [holidays], date1904: false }, [HOLIDAY_TABLE]);
    const { calendar } = calendarFromSheets(found.byRole.get("holidays") ?? [], false);
    expect(calendar.isWorkingDay("2026-11-30")).toBe(false);
  });

  it("every listed day takes the listed kind, whatever its built-in kind (property)", () => {
    const day = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays("2026-01-01", n));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(day, fc.constantFrom("法定", "休", "班")), {
          selector: ([d]) => d,
          maxLength: 20,
        }),
        (rows) => {
          const { calendar, issues } = calendarFromSheets([sheet([["日期", "类型"], ...rows])], false);
          const workedLawDays = rows.filter(([d, type]) => type === "班" && statutoryDay(d) !== undefined);
          expect(issues.map((i) => i.code)).toEqual(workedLawDays.map(() => "holiday_statutory_workday"));
          for (const [date, type] of rows) {
            expect(calendar.isWorkingDay(date)).toBe(type === "班");
            const statutory = type === "法定" || statutoryDay(date) !== undefined;
            expect(calendar.isStatutory(date)).toBe(statutory);
            if (type !== "班") expect(calendar.dayKind(date)).toBe(statutory ? "statutory" : "holiday");
          }
        },
      ),
    );
  });
});
