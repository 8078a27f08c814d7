import { describe, expect, it } from "vitest";
import { rowAmount } from "./rowAmount";
import { RUN_SUM_LIMIT, takeFigures, withExactSums } from "./exactSums";
import { label } from "../i18n/label";
import { Dec } from "../values/decimal";
import { qtyE4 } from "../values/quantity";

const PRICE = label("单价", "單價", "Unit price");
const AT = { sheet: "工程部", row: 7, column: "G" };

describe("rowAmount", () => {
  it("is quantity x price rounded half-up to the fen", () => {
    expect(rowAmount(qtyE4(25_000), new Dec("3.35"), AT, "unitPrice", PRICE)).toEqual({
      ok: true,
      amount: 838,
    });
  });

  it.each<[string, number, string, string]>([
    ["a barcode pasted into 单价", 20_000, "6901234567892", "2 × 6901234567892"],
    ["9e13 yuan of goods", 900_000_000, "1000000000", "90000 × 1000000000"],
    ["the largest double", 10_000, "1e308", "1 × 1e+308"],
  ])("%s is value_too_large at the price's cell", (_what, qty, price, shown) => {
    expect(rowAmount(qtyE4(qty), new Dec(price), AT, "unitPrice", PRICE)).toEqual({
      ok: false,
      issue: {
        code: "value_too_large",
        severity: "error",
        ...AT,
        params: { header: PRICE, value: shown, field: "unitPrice" },
      },
    });
  });

  it("is sum_too_large when the run's sums cannot take it, and takes it when they can", () => {
    withExactSums(() => {
      expect(takeFigures(RUN_SUM_LIMIT - 1_000, 0)).toBe(true);
      const over = rowAmount(qtyE4(20_000), new Dec("6"), AT, "unitPrice", PRICE);
      expect(over.ok ? null : [over.issue.code, over.issue.params?.["value"]]).toEqual([
        "sum_too_large",
        "2 × 6",
      ]);
      expect(rowAmount(qtyE4(20_000), new Dec("5"), AT, "unitPrice", PRICE)).toEqual({
        ok: true,
        amount: 1_000,
      });
    });
  });
});
