import { describe, expect, it } from "vitest";
import { buildingOf, compareBuildings } from "./building";

describe("buildingOf", () => {
  it("reads the number before the first dash", () => {
    expect(buildingOf("3-1-502")).toBe("3");
    expect(buildingOf("03-1-502")).toBe("3");
    expect(buildingOf("12-2-1001")).toBe("12");
    expect(buildingOf("3#-1-502")).toBe("3");
    expect(buildingOf("3栋-502")).toBe("3");
    expect(buildingOf("１２－1－301")).toBe("12");
  });

  it("keeps a lettered building whole, so A3 is not building 3", () => {
    expect(buildingOf("A3-1-502")).toBe("A3");
    expect(buildingOf("b2-101")).toBe("B2");
  });

  it("reads 栋 / 幢 / 号楼 / 座 when there is no dash", () => {
    expect(buildingOf("3栋1单元502")).toBe("3");
    expect(buildingOf("5号楼302")).toBe("5");
    expect(buildingOf("7幢101")).toBe("7");
  });

  it("gives null (other) when no building can be read", () => {
    expect(buildingOf("商铺12")).toBeNull();
    expect(buildingOf("别墅A")).toBeNull();
    expect(buildingOf("商铺-12")).toBeNull();
    expect(buildingOf("")).toBeNull();
  });

  it("orders numbered buildings by value, lettered ones next, other last", () => {
    expect(["A3", null, "10", "3", "B1", "2"].sort(compareBuildings)).toEqual([
      "2",
      "3",
      "10",
      "A3",
      "B1",
      null,
    ]);
  });
});
