import type { Lang } from "../../i18n/label";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { DATE_FORMAT, QUANTITY_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { a1, columnLetter } from "../../values/columnLetter";
import type { MonthResult } from "./countMonth";
import { LEAVE_TYPES } from "./marks";
import { pair } from "./attendanceSheet";
import { ATTENDANCE_TEXT as T, LEAVE_TYPE_TEXT } from "./texts";

const TYPE_COLUMN = 5;
const IN_MONTH_COLUMN = 9;

/**
 * 请假汇总 YYYY-MM: the month's leave slips in the attendance sheet's employee order, each with the days
 * written on it and the days it counts in the month (scheduled days only); the total as SUBTOTAL and one
 * SUMIF line per leave type taken; signature lines 制表人 / 项目负责人.
 */
export function leaveSheet(result: MonthResult, lang: Lang, project: string | null): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.leaveSheet[lang]} ${result.month}`,
    key: `attendance/leave/${result.month}`,
    title: T.leaveTitle[lang],
    project: project ?? undefined,
    subtitles: [pair(T.month[lang], result.month, lang)],
    columns: [
      { header: T.index[lang], width: 5 },
      { header: T.id[lang], width: 8 },
      { header: T.name[lang], width: 9 },
      { header: T.department[lang], width: 10 },
      { header: T.leaveType[lang], width: 10 },
      { header: T.start[lang], width: 11, format: DATE_FORMAT },
      { header: T.end[lang], width: 11, format: DATE_FORMAT },
      { header: T.slipDays[lang], width: 9, format: QUANTITY_FORMAT },
      { header: T.daysInMonth[lang], width: 10, format: QUANTITY_FORMAT },
      { header: T.reason[lang], width: 24 },
    ],
    orientation: "landscape",
    freezeColumns: 3,
  });
  const rank = new Map(result.employees.map((e, i) => [e.employee.index, i]));
  const slips = [...result.slips].sort(
    (a, b) =>
      (rank.get(a.slip.employee.index) ?? 0) - (rank.get(b.slip.employee.index) ?? 0) ||
      (a.slip.start < b.slip.start ? -1 : a.slip.start > b.slip.start ? 1 : 0),
  );
  const first = builder.nextRow;
  let total = 0;
  slips.forEach(({ slip, halves }, i) => {
    total += halves;
    const reason = [
      slip.reason,
      slip.halfDay === null ? null : T.halfDay[lang].replace("{date}", slip.halfDay.slice(5)),
    ].filter((part) => part !== null);
    builder.row([
      i + 1,
      slip.employee.id,
      slip.employee.name,
      slip.employee.department,
      LEAVE_TYPE_TEXT[slip.type][lang],
      { date: slip.start },
      { date: slip.end },
      slip.days === null ? null : slip.days.toNumber(),
      halves / 2,
      reason.length === 0 ? null : reason.join(lang === "en" ? "; " : "；"),
    ]);
  });
  const last = builder.nextRow - 1;
  builder.total(T.total[lang], { [IN_MONTH_COLUMN]: total / 2 }, 2);
  if (last >= first) {
    const range = (column: number) => {
      const letter = columnLetter(column);
      return `$${letter}$${first}:$${letter}$${last}`;
    };
    for (const type of LEAVE_TYPES) {
      const ofType = slips.filter((s) => s.slip.type === type);
      if (ofType.length === 0) continue;
      const halves = ofType.reduce((sum, s) => sum + s.halves, 0);
      const row = builder.nextRow;
      const cells: OutCell[] = [];
      cells[TYPE_COLUMN - 1] = LEAVE_TYPE_TEXT[type][lang];
      cells[IN_MONTH_COLUMN - 1] = {
        formula: `SUMIF(${range(TYPE_COLUMN)},${a1(TYPE_COLUMN, row)},${range(IN_MONTH_COLUMN)})`,
        value: halves / 2,
      };
      builder.row(
        Array.from({ length: 10 }, (_, i) => cells[i] ?? null),
        "subtotal",
      );
    }
  }
  builder.signatures(T.leaveSignatures.map((s) => s[lang]));
  return builder.build();
}
