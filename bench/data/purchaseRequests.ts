import type { BookData, CellValue } from "../../core/index";
import { seededRandom } from "../../core/values/seededRandom";
import { lineKey } from "../../core/jobs/purchase-plan/consolidate";
import { categoryOf } from "../../core/catalog/category";

/** A synthetic purchase-request workbook and, per row, the values a plan should consolidate. */
export interface RequestBook {
  book: BookData;
  rows: { key: string; quantityMilli: number; fen: number }[];
}

/** One request row as drawn: the department sheet it goes to, its cells, and what a plan consolidates from it. */
export interface RequestRow {
  department: number;
  /** 序号 (the row's number in its sheet), category, item, spec, unit, quantity, price, amount, remark. */
  cells: CellValue[];
  key: string;
  quantityMilli: number;
  fen: number;
}

const CATEGORIES = ["办公", "工程", "保洁"];
const UNITS = ["个", "支", "包", "箱", "把", "卷", "米", "桶"];
const HEADER = ["序号", "类别", "物资名称", "规格型号", "单位", "申请数量", "单价", "金额", "备注"];

/** The name of department `d`'s sheet. */
export function departmentSheetName(d: number): string {
  return `部门${d}`;
}

/** The rows above a department sheet's data: title row, label row, header. */
export function departmentHead(d: number): CellValue[][] {
  return [[`部门${d} 物资采购申请单`], [`部门：部门${d}`], HEADER];
}

/**
 * `size` request rows dealt in turn to `departments` sheets, drawn from 600 items in 3 categories, a quarter
 * of them spelled with full-width letters or extra spaces; always the same rows for the same arguments.
 */
export function* requestRows(size: number, departments = 50): Generator<RequestRow> {
  const random = seededRandom(4_2027);
  const items = Array.from({ length: 600 }, (_, i) => ({
    category: CATEGORIES[i % 3]!,
    item: `物资${i}号`,
    spec: `型号 ${i % 17}`,
    unit: UNITS[i % UNITS.length]!,
    priceFen: 100 + ((i * 7919) % 50_000),
  }));
  for (let r = 0; r < size; r++) {
    const it = items[Math.floor(random() * items.length)]!;
    const quantityMilli = (1 + Math.floor(random() * 40)) * 1000 + (random() < 0.1 ? 500 : 0);
    const fen = Math.round((quantityMilli * it.priceFen) / 1000);
    const variant = random();
    const item =
      variant < 0.15
        ? it.item.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
        : variant < 0.25
          ? ` ${it.item} `
          : it.item;
    yield {
      department: r % departments,
      cells: [
        Math.floor(r / departments) + 1,
        it.category,
        item,
        it.spec,
        it.unit,
        quantityMilli / 1000,
        it.priceFen / 100,
        fen / 100,
        null,
      ],
      key: lineKey({ category: categoryOf(it.category)!, item: it.item, spec: it.spec, unit: it.unit }),
      quantityMilli,
      fen,
    };
  }
}

/**
 * `size` request rows spread over `departments` department sheets (50 unless given; title row, label row,
 * header, data), as {@link requestRows} draws them.
 */
export function makeRequestBook(size: number, departments = 50): RequestBook {
  const grids = Array.from({ length: departments }, (_, d) => departmentHead(d));
  const rows: RequestBook["rows"] = [];
  for (const { department, cells, key, quantityMilli, fen } of requestRows(size, departments)) {
    grids[department]!.push(cells);
    rows.push({ key, quantityMilli, fen });
  }
  return {
    book: {
      date1904: false,
      sheets: grids.map((values, d) => ({
        name: departmentSheetName(d),
        values,
        origin: { row: 1, column: 1 },
      })),
    },
    rows,
  };
}
