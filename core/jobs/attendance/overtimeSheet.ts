import type { Lang } from "../../i18n/label";
import { FormSheetBuilder, type ColumnSums } from "../../sheets/formSheetBuilder";
import { QUANTITY_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { a1 } from "../../values/columnLetter";
import { addQty, qtyNumber, qtyText, sumQty, ZERO_QTY, type QtyE4 } from "../../values/quantity";
import { OVERTIME_CLASSES, type EmployeeMonth, type MonthResult, type OvertimeClass } from "./countMonth";
import { departments, pair } from "./attendanceSheet";
import { ATTENDANCE_TEXT as T } from "./texts";

/** The first class column (平时加班). */
const FIRST_CLASS = 4;
const TOTAL_COLUMN = FIRST_CLASS + OVERTIME_CLASSES.length;

/**
 * 加班汇总 YYYY-MM: per employee with overtime, grouped by department, the hours by class (平时 150%,
 * 休息日 200%, 法定节假日 300%), their row total as SUM, the dates with hours and class and the reasons;
 * department subtotals and the grand total as SUBTOTAL; a note on the classes; signature lines
 * 制表人 / 项目负责人 / 副总经理.
 */
export function overtimeSheet(result: MonthResult, lang: Lang, project: string | null): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.overtimeSheet[lang]} ${result.month}`,
    key: `attendance/overtime/${result.month}`,
    title: T.overtimeTitle[lang],
    project: project ?? undefined,
    subtitles: [pair(T.month[lang], result.month, lang)],
    columns: [
      { header: T.index[lang], width: 5 },
      { header: T.id[lang], width: 8 },
      { header: T.name[lang], width: 9 },
      { header: T.workdayOvertimeLong[lang], width: 11, format: QUANTITY_FORMAT },
      { header: T.restdayOvertimeLong[lang], width: 12, format: QUANTITY_FORMAT },
      { header: T.holidayOvertimeLong[lang], width: 12, format: QUANTITY_FORMAT },
      { header: T.overtimeTotal[lang], width: 10, format: QUANTITY_FORMAT },
      { header: T.overtimeDates[lang], width: 40 },
      { header: T.reason[lang], width: 24 },
    ],
    orientation: "landscape",
    freezeColumns: 3,
  });
  const sums = (employees: readonly EmployeeMonth[]): ColumnSums => {
    const out: ColumnSums = {};
    let all = ZERO_QTY;
    OVERTIME_CLASSES.forEach((kind, i) => {
      const hours = sumQty(employees.map((e) => e.overtime[kind]));
      all = addQty(all, hours);
      out[FIRST_CLASS + i] = qtyNumber(hours);
    });
    out[TOTAL_COLUMN] = qtyNumber(all);
    return out;
  };
  const withOvertime = result.employees.filter((e) => e.overtimeEntries.length > 0);
  let seq = 0;
  for (const group of departments(withOvertime)) {
    const name = group.department ?? T.noDepartment[lang];
    builder.group(name);
    for (const e of group.employees) {
      const row = builder.nextRow;
      const total = sumQty(OVERTIME_CLASSES.map((kind) => e.overtime[kind]));
      const cells: OutCell[] = [
        ++seq,
        e.employee.id,
        e.employee.name,
        ...OVERTIME_CLASSES.map((kind) => (e.overtime[kind] === 0 ? null : qtyNumber(e.overtime[kind]))),
        {
          formula: `SUM(${a1(FIRST_CLASS, row)}:${a1(TOTAL_COLUMN - 1, row)})`,
          value: qtyNumber(total),
        },
        overtimeDates(e, lang),
        reasons(e, lang),
      ];
      builder.row(cells);
    }
    builder.subtotal(T.subtotal[lang].replace("{d}", name), sums(group.employees), 2);
  }
  builder.total(T.total[lang], sums(withOvertime), 2);
  builder.notes([T.overtimeClassNote[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

/** `10-03(8 法定), 10-17(4 休息日)`: the dates in order with the hours (several entries of a day added) and class of each. */
function overtimeDates(e: EmployeeMonth, lang: Lang): string {
  const byDate = new Map<string, { hours: QtyE4; kind: OvertimeClass }>();
  for (const entry of [...e.overtimeEntries].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )) {
    const hours = addQty(byDate.get(entry.date)?.hours ?? ZERO_QTY, entry.hours);
    byDate.set(entry.date, { hours, kind: entry.class });
  }
  return [...byDate]
    .map(([date, { hours, kind }]) =>
      T.overtimeDate[lang]
        .replace("{date}", date.slice(5))
        .replace("{hours}", qtyText(hours))
        .replace("{class}", T.overtimeClassTag[kind][lang]),
    )
    .join(", ");
}

function reasons(e: EmployeeMonth, lang: Lang): string | null {
  const distinct = [...new Set(e.overtimeEntries.map((o) => o.reason).filter((r) => r !== null))];
  return distinct.length === 0 ? null : distinct.join(lang === "en" ? "; " : "；");
}
