import { describe, expect, it } from "vitest";
import { Dec } from "../../values/decimal";
import { fen } from "../../values/money";
import { qtyE4 } from "../../values/quantity";
import { issueLocation } from "../../i18n/formatIssue";
import type { RequestLine } from "../../catalog/requestLine";
import { consolidate } from "./consolidate";
import { lineIssues, totalTooLarge } from "./lineIssues";

/** A request row of a sheet laid out 类别 | 物资名称 | … | 数量 | 单价 (item in C, quantity in F, price in G). */
function request(sheet: string, row: number, over: Partial<RequestLine> = {}): RequestLine {
  return {
    department: sheet,
    category: "cleaning",
    item: "垃圾袋",
    spec: "90×100",
    unit: "包",
    quantity: qtyE4(20_000),
    unitPrice: new Dec("12"),
    amount: fen(2400),
    neededBy: null,
    purpose: null,
    requester: null,
    remarks: null,
    source: { sheet, row },
    columns: { item: "C", quantity: "F", unitPrice: "G" },
    quantityHeader: "申请数量",
    ...over,
  };
}

describe("where the plan's line warnings point: always a cell", () => {
  it.each<[string, RequestLine[], string, string]>([
    // about the line's rows together: the item cell of its first row
    [
      "prices that differ",
      [request("保洁部", 4), request("工程部", 9, { unitPrice: new Dec("12.5"), amount: fen(2500) })],
      "price_differs",
      "保洁部!C4",
    ],
    [
      "one item in two units",
      [
        request("保洁部", 4),
        request("保洁部", 6, { unit: "箱", unitPrice: new Dec("120"), amount: fen(24000) }),
      ],
      "unit_mismatch",
      "保洁部!C6",
    ],
    // about a row without a price: that row's price cell
    [
      "a row without a price",
      [request("保洁部", 4), request("秩序部", 7, { unitPrice: null, amount: null })],
      "price_missing",
      "秩序部!G7",
    ],
  ])("%s", (_what, requests, code, location) => {
    const found = lineIssues(consolidate(requests)).filter((i) => i.code === code);
    expect(found.map(issueLocation)).toEqual([location]);
  });

  it("names each row without a price by its price cell in the message", () => {
    const requests = [
      request("保洁部", 4, { unitPrice: null, amount: null }),
      request("秩序部", 7, { unitPrice: null, amount: null }),
    ];
    const [missing] = lineIssues(consolidate(requests));
    expect(missing?.params?.["rows"]).toBe("保洁部!G4, 秩序部!G7");
  });

  it("names each row of a line too large by its quantity cell, with the sheet's own header", () => {
    const issues = totalTooLarge([request("保洁部", 4), request("工程部", 9, { quantityHeader: "数量" })]);
    expect(issues.map((i) => [issueLocation(i), i.params?.["header"]])).toEqual([
      ["保洁部!F4", "申请数量"],
      ["工程部!F9", "数量"],
    ]);
  });
});
