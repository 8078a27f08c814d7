import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import type { SheetSpec } from "../../sheets/sheetSpec";
import type { Reconciliation } from "./reconcile";
import { EXCEPTION_NAMES, exceptionDetail, INVENTORY_TEXT as T } from "./texts";

/** 库存异常 YYYY-MM: one row per exception with the item, a link to the row it points at and what is wrong. */
export function exceptionsSheet(month: Reconciliation, lang: Lang): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.exceptionsSheet[lang]} ${month.month}`,
    key: `inventory/exceptions/${month.month}`,
    title: T.exceptionsTitle[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${month.month}      ${T.countDate[lang]}${COLON[lang]}${month.countDate}`,
    ],
    columns: [
      { header: T.kind[lang], width: 20 },
      { header: T.item[lang], width: 18 },
      { header: T.spec[lang], width: 12 },
      { header: T.sheet[lang], width: 12 },
      { header: T.row[lang], width: 7 },
      { header: T.detail[lang], width: 64 },
    ],
    orientation: "landscape",
  });
  for (const e of month.exceptions) {
    const style = e.code === "emergency_purchase" ? undefined : "warning";
    builder.row(
      [
        EXCEPTION_NAMES[e.code][lang],
        e.item.item,
        e.item.spec,
        e.sheet,
        e.sheet === "" ? null : { text: String(e.row), sheet: e.sheet, cell: `A${e.row}` },
        exceptionDetail(e, lang),
      ],
      style,
    );
  }
  if (month.exceptions.length === 0) builder.notes([T.noExceptions[lang]]);
  return builder.build();
}
