import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import type { Dec } from "../../values/decimal";
import { memoize } from "../../values/memo";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { DATE_FORMAT, MONEY_FORMAT, QUANTITY_FORMAT, TEXT_FORMAT } from "../../sheets/formats";
import type { DateCell, SheetSpec } from "../../sheets/sheetSpec";
import { fenNumber } from "../../values/money";
import { qtyNumber } from "../../values/quantity";
import { CATEGORY_LABELS } from "../../catalog/category";
import type { PlanLine } from "./consolidate";
import { PLAN_TEXT as T } from "./texts";

/** A unit price as a cell's number; prices repeat (read once per distinct cell value), so each is converted once. */
const priceNumber = memoize((price: Dec): number => price.toNumber());

/** A date cell; dates repeat down the detail, and a date cell is never changed, so one serves them all. */
const dateCell = memoize((date: IsoDate): DateCell => ({ date }));

/**
 * The detail beside the plan: every accepted request row with its plan line number and a link to the
 * cell it came from, so a reviewer can trace any total back to the requests.
 */
export function detailSheet(args: {
  month: YearMonth;
  project: string | null;
  lines: readonly PlanLine[];
  lang: Lang;
  key: string;
  name?: string;
  /** Link each row to its source cell (false when the sources are in other workbooks). */
  linkSources?: boolean;
  /** Header of the department column (申请部门, or 项目 one level up). */
  departmentHeader?: string;
}): SheetSpec {
  const { lang } = args;
  const builder = new FormSheetBuilder({
    lang,
    name: `${args.name ?? T.detailSheet[lang]} ${args.month}`,
    key: args.key,
    title: T.detailTitle[lang],
    project: args.project ?? undefined,
    subtitles: [`${T.planMonth[lang]}${COLON[lang]}${args.month}`],
    columns: [
      { header: T.lineNo[lang], width: 8 },
      { header: T.category[lang], width: 10 },
      { header: T.item[lang], width: 22, format: TEXT_FORMAT },
      { header: T.spec[lang], width: 16, format: TEXT_FORMAT },
      { header: T.unit[lang], width: 7 },
      { header: args.departmentHeader ?? T.department[lang], width: 12 },
      { header: T.quantity[lang], width: 9, format: QUANTITY_FORMAT },
      { header: T.unitPrice[lang], width: 11, format: MONEY_FORMAT },
      { header: T.amount[lang], width: 12, format: MONEY_FORMAT },
      { header: T.neededBy[lang], width: 11, format: DATE_FORMAT },
      { header: T.purpose[lang], width: 16 },
      { header: T.requester[lang], width: 9 },
      { header: T.remarks[lang], width: 18 },
      { header: T.source[lang], width: 16 },
    ],
    orientation: "landscape",
    freezeColumns: 3,
  });
  args.lines.forEach((line, index) => {
    for (const s of line.sources) {
      builder.row([
        index + 1,
        CATEGORY_LABELS[line.category][lang],
        s.item,
        s.spec,
        s.unit,
        s.department,
        qtyNumber(s.quantity),
        s.unitPrice === null ? null : priceNumber(s.unitPrice),
        s.amount === null ? null : fenNumber(s.amount),
        s.neededBy === null ? null : dateCell(s.neededBy),
        s.purpose,
        s.requester,
        s.remarks,
        args.linkSources === false
          ? `${s.source.sheet}!${s.source.row}`
          : { text: `${s.source.sheet}!${s.source.row}`, sheet: s.source.sheet, cell: `A${s.source.row}` },
      ]);
    }
  });
  return builder.build();
}
