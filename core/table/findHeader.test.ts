import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findHeader, HEADER_SEARCH_ROWS } from "./findHeader";
import { HeaderMatcher } from "./headerMatcher";
import { column, table } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { label } from "../i18n/label";
import { REQUEST_TABLE } from "../catalog/requestTable";

const SPEC = table({
  role: "requests",
  label: label("申请单", "申請單", "request"),
  columns: [
    column({
      key: "item",
      label: label("物资名称", "物資名稱", "Item"),
      synonyms: ["物资名称", "品名"],
      type: "text",
      required: true,
    }),
    column({ key: "unit", label: label("单位", "單位", "Unit"), synonyms: ["单位", "UOM"], type: "text" }),
    column({
      key: "quantity",
      label: label("数量", "數量", "Quantity"),
      synonyms: ["数量", "Qty"],
      type: "quantity",
      required: true,
    }),
    column({
      key: "price",
      label: label("单价", "單價", "Unit price"),
      synonyms: ["单价", "Unit price"],
      type: "money",
    }),
  ],
});
const matcher = new HeaderMatcher(SPEC);

function sheet(values: CellValue[][]): SheetData {
  return { name: "工程部", values, origin: { row: 1, column: 1 } };
}

const blankRows = (n: number): CellValue[][] => Array.from({ length: n }, () => [null, null, null, null]);

describe("findHeader", () => {
  it("finds the header below title and label rows", () => {
    const found = findHeader(
      sheet([
        ["工程部 2026年12月 物资采购申请单", null, null, null],
        ["部门：工程部", null, "项目：阳光花园", null],
        [null, null, null, null],
        ["物资名称", "单位", "数量", "单价"],
        ["LED灯管", "支", 20, 12.5],
      ]),
      matcher,
    );
    expect(found).toEqual({
      index: 3,
      matched: new Set(["item", "unit", "quantity", "price"]),
      missingRequired: [],
    });
  });

  it("gives a tie to the upper row", () => {
    const found = findHeader(
      sheet([
        ["说明", null, null, null],
        ["物资名称", "数量", null, null],
        ["单位", "单价", null, null],
        ["物资名称", "数量", null, null],
      ]),
      matcher,
    );
    expect(found?.index).toBe(1);
    expect(found?.matched).toEqual(new Set(["item", "quantity"]));
  });

  it("prefers a lower row that names more columns", () => {
    const found = findHeader(
      sheet([
        ["物资名称", "数量", null, null],
        ["物资名称", "单位", "数量", null],
      ]),
      matcher,
    );
    expect(found?.index).toBe(1);
  });

  it("needs at least two declared columns in a row of a multi-column table", () => {
    expect(
      findHeader(
        sheet([
          ["物资名称", "备注", "金额", null],
          ["LED灯管", null, 250, null],
        ]),
        matcher,
      ),
    ).toBeNull();
  });

  it("counts a column named twice once", () => {
    expect(findHeader(sheet([["数量", "Qty", "數量", null]]), matcher)).toBeNull();
  });

  it("lists the required columns the header row does not name", () => {
    const found = findHeader(sheet([["单位", "单价", "数量", "备注"]]), matcher);
    expect(found?.missingRequired).toEqual(["item"]);
  });

  it("finds the one column of a one-column table", () => {
    const one = new HeaderMatcher(
      table({
        role: "names",
        label: label("名单", "名單", "names"),
        columns: [
          column({
            key: "name",
            label: label("姓名", "姓名", "Name"),
            synonyms: ["姓名"],
            type: "text",
            required: true,
          }),
        ],
      }),
    );
    const found = findHeader(sheet([["员工名单"], [null], ["序号", "姓 名"], [1, "张三"]]), one);
    expect(found).toEqual({ index: 2, matched: new Set(["name"]), missingRequired: [] });
  });

  it(`looks only at the first ${HEADER_SEARCH_ROWS} rows`, () => {
    const header: CellValue[] = ["物资名称", "单位", "数量", "单价"];
    expect(findHeader(sheet([...blankRows(HEADER_SEARCH_ROWS - 1), header]), matcher)?.index).toBe(
      HEADER_SEARCH_ROWS - 1,
    );
    expect(findHeader(sheet([...blankRows(HEADER_SEARCH_ROWS), header]), matcher)).toBeNull();
  });

  it("returns null for an empty sheet and a sheet of data without headers", () => {
    expect(findHeader(sheet([]), matcher)).toBeNull();
    expect(findHeader(sheet([["LED灯管", "支", 20, 12.5]]), matcher)).toBeNull();
  });

  it("finds the real request header whatever the column order and however many title rows sit above it", () => {
    const headers = ["序号", "物资名称", "规格", "单位", "数量", "单价", "金额", "备注"];
    const real = new HeaderMatcher(REQUEST_TABLE);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(headers, { minLength: headers.length }),
        fc.nat(HEADER_SEARCH_ROWS - 2),
        (order, above) => {
          const rows: CellValue[][] = [
            ...blankRows(above).map((r, i) => (i === 0 ? ["物资采购申请单", ...r] : r)),
            order,
            order.map(() => 1),
          ];
          const found = findHeader(sheet(rows), real);
          expect(found?.index).toBe(above);
          expect(found?.missingRequired).toEqual([]);
          expect([...(found?.matched ?? [])].sort()).toEqual([
            "amount",
            "item",
            "quantity",
            "remarks",
            "spec",
            "unit",
            "unitPrice",
          ]);
        },
      ),
    );
  });
});

describe("HeaderMatcher", () => {
  it.each<[string, string]>([
    ["数量", "quantity"],
    ["* 数量", "quantity"],
    ["*数量", "quantity"],
    ["数量*", "quantity"],
    ["数量\n(个)", "quantity"],
    ["数量（个）", "quantity"],
    ["数 量", "quantity"],
    ["  数量  ", "quantity"],
    ["數量", "quantity"],
    ["QTY", "quantity"],
    ["qty", "quantity"],
    ["Quantity", "quantity"],
    ["quantity", "quantity"],
    ["物資名稱", "item"],
    ["品名", "item"],
    ["* 物资名称\n（必填）", "item"],
    ["單價(元)", "price"],
    ["单价\n（元）", "price"],
    ["Unit Price", "price"],
    ["UNIT PRICE", "price"],
    ["unit price (CNY)", "price"],
    ["單位", "unit"],
    ["uom", "unit"],
  ])("%j names %s", (text, key) => {
    expect(matcher.match(text)?.key).toBe(key);
  });

  it.each<[CellValue]>([["金额"], ["数量合计"], ["单价数量"], ["数"], [""], [null], [12], [true]])(
    "%j names no column of this table",
    (text) => {
      expect(matcher.match(text)).toBeUndefined();
    },
  );

  it("matches a column's key and its labels in every language too", () => {
    expect(matcher.match("Unit")?.key).toBe("unit");
    expect(matcher.match("price")?.key).toBe("price");
    expect(matcher.match("Item")?.key).toBe("item");
  });

  it("matchedKeys returns the distinct columns a row names", () => {
    expect(matcher.matchedKeys(["序号", "品名", "物资名称", "Qty", null, 5])).toEqual(
      new Set(["item", "quantity"]),
    );
  });

  it("keeps the first column that claims a text", () => {
    const clash = new HeaderMatcher(
      table({
        role: "clash",
        label: label("表", "表", "table"),
        columns: [
          column({ key: "a", label: label("名称", "名稱", "Name"), synonyms: ["名称"], type: "text" }),
          column({ key: "b", label: label("名称", "名稱", "Name"), synonyms: ["名称"], type: "text" }),
        ],
      }),
    );
    expect(clash.match("名稱")?.key).toBe("a");
  });
});
