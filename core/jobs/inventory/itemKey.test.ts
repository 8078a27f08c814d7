import { describe, expect, it } from "vitest";
import { itemKey, ItemIndex } from "./itemKey";

describe("itemKey", () => {
  it.each([
    [
      { item: "LED灯管", spec: "T8 1.2m", unit: "支" },
      { item: "ＬＥＤ灯管", spec: "t8  1.2M", unit: " 支" },
      true,
    ],
    [{ item: "扳手", spec: "", unit: "把" }, { item: "扳手", spec: "", unit: "个" }, false],
    [{ item: "扳手", spec: "12", unit: "把" }, { item: "扳手12", spec: "", unit: "把" }, false],
  ])("%o and %o are one item: %s", (a, b, same) => {
    expect(itemKey(a) === itemKey(b)).toBe(same);
  });
});

describe("ItemIndex", () => {
  it("finds a value by any spelling of its item, and nothing for another item", () => {
    const index = new ItemIndex<string>();
    index.add({ item: "水泵", spec: "DN50", unit: "台" }, "pump");
    index.add({ item: "水泵", spec: "DN80", unit: "台" }, "big pump");
    expect(index.find({ item: "水泵", spec: "dn50", unit: "台" })).toBe("pump");
    expect(index.find({ item: "水泵", spec: "DN50", unit: "台" })).toBe("pump");
    expect(index.find({ item: "水泵", spec: "ＤＮ80", unit: "台" })).toBe("big pump");
    expect(index.find({ item: "水泵", spec: "DN100", unit: "台" })).toBeUndefined();
    expect(index.find({ item: " 水泵", spec: "DN80", unit: "台" })).toBe("big pump");
    expect([...index.byKey.values()]).toEqual(["pump", "big pump"]);
  });
});
