import { describe, expect, it } from "vitest";
import { CellLog } from "./cellLog";

describe("CellLog", () => {
  it("keeps every cell as it grows from its small first block through whole blocks", () => {
    const log = new CellLog();
    const count = 3 * 65_536 + 17;
    for (let i = 0; i < count; i++) log.add(i + 1, (i % 16_384) + 1, i % 7, i % 3 === 0 ? `t${i}` : i);
    expect(log.length).toBe(count);
    for (const i of [0, 63, 64, 65, 127, 128, 65_535, 65_536, 65_537, 131_072, count - 1]) {
      expect([log.row(i), log.column(i), log.style(i), log.value(i)]).toEqual([
        i + 1,
        (i % 16_384) + 1,
        i % 7,
        i % 3 === 0 ? `t${i}` : i,
      ]);
    }
    expect(log.rowsAscending).toBe(true);
  });
});
