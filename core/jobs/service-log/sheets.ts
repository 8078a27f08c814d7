import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { DATE_FORMAT, RATE_FORMAT, TEXT_FORMAT } from "../../sheets/formats";
import { rateFormula } from "../../sheets/formulaCells";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { rateOf } from "../../values/rate";
import type { TypeLimits } from "./limits";
import { stampText } from "./moments";
import { openItemKey, OPEN_ITEMS_KEY, type OpenNote } from "./openNotes";
import { limitText } from "./readInputs";
import type { Counts, ServiceFigures } from "./tally";
import { SERVICE_LOG_TEXT as T } from "./texts";
import type { ServiceType } from "./words";

/**
 * `客服月报 YYYY-MM`: the month's counts by type, by channel and by department (each group with a SUBTOTAL row),
 * answered and closed on time with their rates as formulas, follow-ups and the satisfaction rate, each type's
 * limits; repeat complaints and the rules under the table; signature lines.
 */
export function monthlySheet(
  figures: ServiceFigures,
  limits: Readonly<Record<ServiceType, TypeLimits>>,
  lang: Lang,
): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.monthlySheet[lang]} ${figures.month}`,
    key: `service-log/monthly/${figures.month}`,
    title: T.monthlyTitle[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${figures.month}      ${T.asOf[lang]}${COLON[lang]}${figures.asOf}`,
    ],
    columns: [
      { header: T.group[lang], width: 14 },
      { header: T.received[lang], width: 8 },
      { header: T.closed[lang], width: 8 },
      { header: T.open[lang], width: 8 },
      { header: T.respondedOnTime[lang], width: 9 },
      { header: T.responseRate[lang], width: 10, format: RATE_FORMAT },
      { header: T.completedOnTime[lang], width: 9 },
      { header: T.completionRate[lang], width: 10, format: RATE_FORMAT },
      { header: T.followedUp[lang], width: 8 },
      { header: T.satisfied[lang], width: 8 },
      { header: T.satisfactionRate[lang], width: 9, format: RATE_FORMAT },
      { header: T.targets[lang], width: 20 },
    ],
    orientation: "landscape",
    freezeColumns: 1,
  });
  const line = (name: string, c: Counts, limitsText: string | null, style?: "warning") => {
    const r = builder.nextRow;
    builder.row(
      [
        name,
        c.received,
        c.closed,
        { formula: `B${r}-C${r}`, value: c.open },
        c.respondedOnTime,
        rateFormula(`E${r}`, `B${r}`, rateOf(c.respondedOnTime, c.received)),
        c.completedOnTime,
        rateFormula(`G${r}`, `C${r}`, rateOf(c.completedOnTime, c.closed)),
        c.followedUp,
        c.satisfied,
        rateFormula(`J${r}`, `I${r}`, rateOf(c.satisfied, c.followedUp)),
        limitsText,
      ],
      style,
    );
  };
  const subtotal = (c: Counts) =>
    builder.subtotal(
      T.total[lang],
      {
        2: c.received,
        3: c.closed,
        4: c.open,
        5: c.respondedOnTime,
        7: c.completedOnTime,
        9: c.followedUp,
        10: c.satisfied,
      },
      1,
      (r) => ({
        6: rateFormula(`E${r}`, `B${r}`, rateOf(c.respondedOnTime, c.received)),
        8: rateFormula(`G${r}`, `C${r}`, rateOf(c.completedOnTime, c.closed)),
        11: rateFormula(`J${r}`, `I${r}`, rateOf(c.satisfied, c.followedUp)),
      }),
    );
  builder.group(T.byTypeHeading[lang]);
  for (const [type, counts] of figures.byType) {
    const l = limits[type];
    line(type, counts, `${limitText(l.respond)} / ${limitText(l.complete)}`);
  }
  subtotal(figures.totals);
  builder.group(T.byChannelHeading[lang]);
  for (const [channel, counts] of figures.byChannel) line(channel ?? T.noChannel[lang], counts, null);
  subtotal(figures.totals);
  builder.group(T.byDepartmentHeading[lang]);
  for (const [department, counts] of figures.byDepartment)
    line(department ?? T.noDepartment[lang], counts, null);
  subtotal(figures.totals);
  const repeats = figures.repeatComplaints.map((c) => `${c.unit}：${T.complaints[lang]} ${c.count}`);
  builder.notes([
    T.repeatHeading[lang],
    ...(repeats.length > 0 ? [repeats.join("；")] : ["—"]),
    T.notes[lang],
  ]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

/**
 * `未结事项 <as-of>`: every item open at the as-of date, oldest first - where it is in the register, date, unit,
 * type, content, department, handler, days open, the completion limit and whether it has run out (overdue rows
 * shaded) - with the clerk's 跟进情况 and 预计完成日期 columns carried over from the previous list.
 */
export function openItemsSheet(
  figures: ServiceFigures,
  notes: ReadonlyMap<string, OpenNote>,
  lang: Lang,
): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.openSheet[lang]} ${figures.asOf}`,
    key: `${OPEN_ITEMS_KEY}${figures.asOf}`,
    title: T.openTitle[lang],
    subtitles: [`${T.asOf[lang]}${COLON[lang]}${figures.asOf}`],
    columns: [
      { header: T.no[lang], width: 5 },
      { header: T.source[lang], width: 8 },
      { header: T.row[lang], width: 5 },
      { header: T.date[lang], width: 11, format: DATE_FORMAT },
      { header: T.unit[lang], width: 11, format: TEXT_FORMAT },
      { header: T.type[lang], width: 7 },
      { header: T.content[lang], width: 26 },
      { header: T.department[lang], width: 8 },
      { header: T.handler[lang], width: 7 },
      { header: T.ageDays[lang], width: 6 },
      { header: T.deadline[lang], width: 16 },
      { header: T.state[lang], width: 7 },
      { header: T.note[lang], width: 24 },
      { header: T.promised[lang], width: 12 },
    ],
    orientation: "landscape",
    freezeColumns: 2,
    clerkColumns: [13, 14],
  });
  figures.openItems.forEach((item, i) => {
    const r = item.record;
    const note = notes.size === 0 ? undefined : notes.get(openItemKey(r.date, r.unit, r.type, r.content));
    const cells: OutCell[] = [
      i + 1,
      r.sheet,
      r.row,
      { date: r.date },
      r.unit,
      r.type,
      r.content,
      r.department,
      r.handler,
      item.ageDays,
      stampText(item.due),
      item.overdue ? T.overdue[lang] : T.pending[lang],
      note?.note ?? null,
      note?.promised ?? null,
    ];
    builder.row(cells, item.overdue ? "warning" : undefined);
  });
  builder.notes([T.openNotes[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}
