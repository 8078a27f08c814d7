import type { CellValue, SheetData } from "../../core/table/sheetData";
import { seededRandom } from "../../core/values/seededRandom";

/** The five fee types a ledger row may carry. */
export const FEE_TYPES = ["物业费", "水费", "电费", "停车费", "公摊费"] as const;

/** A synthetic fee ledger as a host reads it from Excel, with each row's intended amount in fen beside it. */
export interface FeeLedger {
  /** Header row 房号 / 收费项目 / 金额, then one row per charge: unit, fee type, amount. */
  sheet: SheetData;
  /** The amount each data row means, in integer fen (index 0 is the first data row); for baselines and checks. */
  trueFen: Int32Array;
}

/**
 * Makes a ledger of `size` charges: units like "3-1-502", amounts mostly numbers with two decimals and
 * about one in ten as text ("1,234.50" or "¥88.00"), always the same for the same size.
 */
export function makeFeeLedger(size: number): FeeLedger {
  const random = seededRandom(20_261_008);
  const values: CellValue[][] = [["房号", "收费项目", "金额"]];
  const trueFen = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const unit = `${1 + Math.floor(random() * 12)}-${1 + Math.floor(random() * 4)}-${1 + Math.floor(random() * 33)}0${1 + Math.floor(random() * 6)}`;
    const fee = FEE_TYPES[Math.floor(random() * FEE_TYPES.length)] ?? FEE_TYPES[0];
    const fen = 100 + Math.floor(random() * 499_900);
    trueFen[i] = fen;
    const style = random();
    const amount = style < 0.05 ? withThousands(fen) : style < 0.1 ? `¥${plainYuan(fen)}` : fen / 100;
    values.push([unit, fee, amount]);
  }
  return { sheet: { name: "收费台账", values, origin: { row: 1, column: 1 } }, trueFen };
}

/** Fen as yuan text with two decimals, e.g. 8800 -> "88.00". */
function plainYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** Fen as yuan text with thousands separators, e.g. 123450 -> "1,234.50". */
function withThousands(fen: number): string {
  return plainYuan(fen).replace(/\B(?=(\d{3})+\.)/g, ",");
}
