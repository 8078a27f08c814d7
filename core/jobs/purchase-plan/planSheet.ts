import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { addFen, fenNumber, ZERO_FEN } from "../../values/money";
import { qtyNumber } from "../../values/quantity";
import { FormSheetBuilder, type FormColumn } from "../../sheets/formSheetBuilder";
import { MONEY_FORMAT, QUANTITY_FORMAT, TEXT_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { CATEGORIES, CATEGORY_LABELS } from "../../catalog/category";
import type { PlanLine } from "./consolidate";
import { PLAN_TEXT as T } from "./texts";

/** What the plan sheet needs besides its lines. */
export interface PlanSheetArgs {
  month: YearMonth;
  dueDate: IsoDate;
  project: string | null;
  departments: string[];
  lines: readonly PlanLine[];
  lang: Lang;
  /** Ownership key of the sheet. */
  key: string;
  /** Sheet name prefix (the company plan uses its own). */
  name?: string;
  /** Title (the company plan uses its own). */
  title?: string;
  /** Header over the quantity columns (各部门申请数量, or 各项目申请数量 one level up). */
  groupLabel?: string;
}

/**
 * The plan as the office prints it: title, project / month / due date, category groups with a
 * quantity column per department, total quantity, unit price, amount and remarks, SUBTOTAL formulas
 * for each category and the grand total, and the signature lines 编制人 / 项目负责人 / 副总经理.
 */
export function planSheet(args: PlanSheetArgs): SheetSpec {
  const { lang, departments } = args;
  const d = departments.length;
  const amountColumn = 7 + d;
  const columns: FormColumn[] = [
    { header: T.no[lang], width: 6 },
    { header: T.item[lang], width: 22, format: TEXT_FORMAT },
    { header: T.spec[lang], width: 16, format: TEXT_FORMAT },
    { header: T.unit[lang], width: 7 },
    ...departments.map((name) => ({
      header: name,
      width: Math.max(8, Math.min(12, name.length * 2 + 2)),
      format: QUANTITY_FORMAT,
    })),
    { header: T.totalQuantity[lang], width: 10, format: QUANTITY_FORMAT },
    { header: T.unitPrice[lang], width: 11, format: MONEY_FORMAT },
    { header: T.amount[lang], width: 13, format: MONEY_FORMAT },
    { header: T.remarks[lang], width: 24 },
  ];
  const builder = new FormSheetBuilder({
    lang,
    name: `${args.name ?? T.planSheet[lang]} ${args.month}`,
    key: args.key,
    title: args.title ?? T.title[lang],
    subtitles: [
      `${T.planMonth[lang]}${COLON[lang]}${args.month}      ${T.dueDate[lang]}${COLON[lang]}${args.dueDate}`,
    ],
    project: args.project ?? undefined,
    columns,
    headerGroups:
      d > 0 ? [{ label: args.groupLabel ?? T.departmentsGroup[lang], first: 5, last: 4 + d }] : [],
    orientation: "landscape",
    freezeColumns: 2,
  });
  const numerals = T.numerals[lang].split(",");
  let lineNo = 0;
  let groupNo = 0;
  let grand = ZERO_FEN;
  for (const category of CATEGORIES) {
    const lines = args.lines.filter((l) => l.category === category);
    if (lines.length === 0) continue;
    builder.group(`${numerals[groupNo++] ?? groupNo}、${CATEGORY_LABELS[category][lang]}`);
    let subtotal = ZERO_FEN;
    for (const line of lines) {
      const amount = line.amount === null ? null : fenNumber(line.amount);
      if (line.amount !== null) subtotal = addFen(subtotal, line.amount);
      const cells: OutCell[] = [
        ++lineNo,
        line.item,
        line.spec,
        line.unit,
        ...departments.map((name) => {
          const q = line.departments.get(name);
          return q === undefined ? null : qtyNumber(q);
        }),
        qtyNumber(line.quantity),
        line.unitPrice === null ? null : Number(line.unitPrice.toString()),
        amount,
        remarksOf(line, lang),
      ];
      builder.row(cells, line.pricesDiffer || line.amount === null ? "warning" : undefined);
    }
    grand = addFen(grand, subtotal);
    builder.subtotal(
      T.subtotal[lang].replace("{category}", CATEGORY_LABELS[category][lang]),
      { [amountColumn]: fenNumber(subtotal) },
      2,
    );
  }
  builder.total(T.total[lang], { [amountColumn]: fenNumber(grand) }, 2);
  builder.notes([T.notes[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return builder.build();
}

function remarksOf(line: PlanLine, lang: Lang): string | null {
  const parts: string[] = [];
  if (line.pricesDiffer) parts.push(T.pricesDiffer[lang]);
  if (line.amount === null) parts.push(T.priceMissing[lang]);
  for (const source of line.sources) {
    const text = source.remarks?.trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  const joined = parts.join("；");
  return joined === "" ? null : joined.length > 120 ? `${joined.slice(0, 119)}…` : joined;
}
