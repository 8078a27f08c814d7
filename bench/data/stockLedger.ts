import type { BookData, CellValue } from "../../core/index";
import { seededRandom } from "../../core/values/seededRandom";
import { isoToExcelSerial } from "../../core/values/excelSerial";

/** A synthetic month of stock movements and, per item, the figures the ledger must reproduce. */
export interface StockLedgerBook {
  book: BookData;
  /** Per item key: opening quantity (units x 10,000) and value in fen. */
  opening: { key: string; qty: number; fen: number }[];
  receipts: { key: string; qty: number; fen: number }[];
  issues: { key: string; qty: number }[];
}

const UNITS = ["个", "支", "包", "箱", "把", "卷", "米", "桶"];

/**
 * `size` receipts and issues (two in five receipts) in November 2026 over 5,000 items, with an opening
 * stock line and a count line per item; every item's stock stays at or above zero.
 */
export function makeStockLedger(size: number): StockLedgerBook {
  const random = seededRandom(2026_11_25);
  const itemCount = 5_000;
  const items = Array.from({ length: itemCount }, (_, i) => ({
    item: `物资${i}号`,
    spec: `规格${i % 23}`,
    unit: UNITS[i % UNITS.length]!,
    priceFen: 100 + ((i * 7919) % 30_000),
    stock: 0,
  }));
  const key = (i: number) => `${items[i]!.item}|${items[i]!.spec}|${items[i]!.unit}`;
  const opening: StockLedgerBook["opening"] = [];
  const openingGrid: CellValue[][] = [["期初库存"], ["物资名称", "规格", "单位", "期初数量", "期初金额"]];
  items.forEach((it, i) => {
    it.stock = 50 + Math.floor(random() * 100);
    const fen = it.stock * it.priceFen;
    opening.push({ key: key(i), qty: it.stock * 10_000, fen });
    openingGrid.push([it.item, it.spec, it.unit, it.stock, fen / 100]);
  });
  const receiptGrid: CellValue[][] = [
    ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "金额"],
  ];
  const issueGrid: CellValue[][] = [
    ["出库日期", "领料单号", "物资名称", "规格", "单位", "出库数量", "领用人", "项目负责人"],
  ];
  const receipts: StockLedgerBook["receipts"] = [];
  const issues: StockLedgerBook["issues"] = [];
  const days = Array.from({ length: 30 }, (_, d) =>
    isoToExcelSerial(`2026-11-${String(d + 1).padStart(2, "0")}`, false),
  );
  for (let n = 0; n < size; n++) {
    const i = Math.floor(random() * itemCount);
    const it = items[i]!;
    const day = days[Math.floor((n / size) * days.length)]!;
    if (random() < 0.4 || it.stock < 5) {
      const qty = 5 + Math.floor(random() * 20);
      const fen = qty * (it.priceFen + Math.floor(random() * 50));
      it.stock += qty;
      receipts.push({ key: key(i), qty: qty * 10_000, fen });
      receiptGrid.push([day, `RK${n}`, it.item, it.spec, it.unit, qty, null, fen / 100]);
    } else {
      const qty = 1 + Math.floor(random() * Math.min(4, it.stock));
      it.stock -= qty;
      issues.push({ key: key(i), qty: qty * 10_000 });
      issueGrid.push([day, `LL${n}`, it.item, it.spec, it.unit, qty, "张伟", "刘建国"]);
    }
  }
  const countGrid: CellValue[][] = [["盘点日期", "物资名称", "规格", "单位", "实盘数量"]];
  const countDay = isoToExcelSerial("2026-11-25", false);
  for (const it of items) countGrid.push([countDay, it.item, it.spec, it.unit, it.stock]);
  const sheet = (name: string, values: CellValue[][]) => ({ name, values, origin: { row: 1, column: 1 } });
  return {
    book: {
      sheets: [
        sheet("期初库存", openingGrid),
        sheet("入库明细", receiptGrid),
        sheet("出库明细", issueGrid),
        sheet("盘点", countGrid),
      ],
      date1904: false,
    },
    opening,
    receipts,
    issues,
  };
}
