import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { addFen, fenNumber, ZERO_FEN } from "../../values/money";
import { absQty, qtyNumber, qtyText, ZERO_QTY } from "../../values/quantity";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { MONEY_FORMAT, QUANTITY_FORMAT } from "../../sheets/formats";
import { CATEGORY_LABELS, type Category } from "../../catalog/category";
import type { ItemReconciliation, Reconciliation } from "./reconcile";
import { byCategory, unitCostCell, varianceStyle } from "./ledgerSheet";
import { INVENTORY_TEXT as T } from "./texts";

/**
 * 库存物资清单 <count date>: the stock counted, by category, with unit cost and value, subtotals, total
 * and the signature lines 盘点人 / 项目负责人; overs and shorts noted and shaded.
 */
export function stockListSheet(
  month: Reconciliation,
  categoryOf: (item: ItemReconciliation) => Category,
  lang: Lang,
): SheetSpec {
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.stockListSheet[lang]} ${month.countDate}`,
    key: `inventory/stock-list/${month.countDate}`,
    title: T.stockListTitle[lang],
    subtitles: [`${T.countDate[lang]}${COLON[lang]}${month.countDate}`],
    columns: [
      { header: T.item[lang], width: 20 },
      { header: T.spec[lang], width: 14 },
      { header: T.unit[lang], width: 6 },
      { header: T.countedQty[lang], width: 10, format: QUANTITY_FORMAT },
      { header: T.unitCost[lang], width: 10, format: "0.00####" },
      { header: T.countedValue[lang], width: 13, format: MONEY_FORMAT },
      { header: T.remark[lang], width: 16 },
    ],
    orientation: "portrait",
  });
  const counted = month.items.filter((i) => i.counted !== null);
  let total = ZERO_FEN;
  for (const group of byCategory(counted, categoryOf)) {
    builder.group(CATEGORY_LABELS[group.category][lang]);
    let sum = ZERO_FEN;
    for (const item of group.items) {
      builder.row(
        [
          item.item,
          item.spec,
          item.unit,
          qtyNumber(item.counted ?? ZERO_QTY),
          unitCostCell(item),
          item.countedValue === null ? null : fenNumber(item.countedValue),
          remark(item, lang),
        ],
        varianceStyle(item),
      );
      sum = addFen(sum, item.countedValue ?? ZERO_FEN);
    }
    builder.subtotal(T.subtotal[lang], { 6: fenNumber(sum) });
    total = addFen(total, sum);
  }
  builder.total(T.total[lang], { 6: fenNumber(total) });
  builder.signatures(T.stockListSignatures.map((s) => s[lang]));
  return builder.build();
}

function remark(item: ItemReconciliation, lang: Lang): string | null {
  if (item.variance === null || item.variance === 0) return null;
  const text = item.variance > 0 ? T.surplus[lang] : T.shortage[lang];
  return text.replace("{q}", qtyText(absQty(item.variance)));
}
