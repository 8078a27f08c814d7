import type { BookData, CellValue } from "../../core/index";
import { seededRandom } from "../../core/values/seededRandom";
import { lineKey } from "../../core/jobs/purchase-plan/consolidate";
import { categoryOf } from "../../core/catalog/category";

/** A synthetic purchase-request workbook and, per row, the values a plan should consolidate. */
export interface RequestBook {
  book: BookData;
  rows: { key: string; quantityMilli: number; fen: number }[];
}

const CATEGORIES = ["办公", "工程", "保洁"];
const UNITS = ["个", "支", "包", "箱", "把", "卷", "米", "桶"];
const HEADER = ["序号", "类别", "物资名称", "规格型号", "单位", "申请数量", "单价", "金额", "备注"];

/**
 * `size` request rows spread over 50 department sheets (title row, label row, header, data), drawn from
 * 600 items in 3 categories, a quarter of them spelled with full-width letters or extra spaces.
 */
export function makeRequestBook(size: number): RequestBook {
  const random = seededRandom(4_2027);
  const departments = 50;
  const items = Array.from({ length: 600 }, (_, i) => ({
    category: CATEGORIES[i % 3]!,
    item: `物资${i}号`,
    spec: `型号 ${i % 17}`,
    unit: UNITS[i % UNITS.length]!,
    priceFen: 100 + ((i * 7919) % 50_000),
  }));
  const grids: CellValue[][][] = Array.from({ length: departments }, (_, d) => [
    [`部门${d} 物资采购申请单`],
    [`部门：部门${d}`],
    HEADER,
  ]);
  const rows: RequestBook["rows"] = [];
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
    const grid = grids[r % departments]!;
    grid.push([
      grid.length - 2,
      it.category,
      item,
      it.spec,
      it.unit,
      quantityMilli / 1000,
      it.priceFen / 100,
      fen / 100,
      null,
    ]);
    rows.push({
      key: lineKey({ category: categoryOf(it.category)!, item: it.item, spec: it.spec, unit: it.unit }),
      quantityMilli,
      fen,
    });
  }
  return {
    book: {
      date1904: false,
      sheets: grids.map((values, d) => ({ name: `部门${d}`, values, origin: { row: 1, column: 1 } })),
    },
    rows,
  };
}
