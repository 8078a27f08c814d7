import { makeRequestBook } from "./data/purchaseRequests";
import { readRequests } from "../core/jobs/purchase-plan/readRequests";
import { consolidate } from "../core/jobs/purchase-plan/consolidate";
import { buildReport } from "../core/jobs/purchase-plan/report";
import { planSheet } from "../core/jobs/purchase-plan/planSheet";
import { detailSheet } from "../core/jobs/purchase-plan/detailSheet";
import { readTable } from "../core/table/readTable";
import { REQUEST_TABLE } from "../core/jobs/purchase-plan/inputs";
import { orderDepartments } from "../core/jobs/purchase-plan/departments";
const data = makeRequestBook(100_000);
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  const lap = (name: string) => {
    const n = performance.now();
    process.stdout.write(`${name} ${(n - t).toFixed(0)}  `);
    t = n;
  };
  for (const s of data.book.sheets) readTable(s, REQUEST_TABLE, { date1904: false });
  lap("readTable");
  const r = readRequests(data.book.sheets, false);
  lap("readRequests");
  const lines = consolidate(r.lines);
  lap("consolidate");
  const deps = orderDepartments(r.lines.map((l) => l.department));
  lap("depts");
  buildReport({ month: "2027-01", dueDate: "2026-12-04", project: null, departments: deps, lines });
  lap("report");
  planSheet({
    month: "2027-01",
    dueDate: "2026-12-04",
    project: null,
    departments: deps,
    lines,
    lang: "zh-CN",
    key: "k",
  });
  lap("plan");
  detailSheet({ month: "2027-01", project: null, lines, lang: "zh-CN", key: "d" });
  lap("detail");
  console.log();
}
