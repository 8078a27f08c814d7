/**
 * PropDesk's worksheet functions in the browser preview: the demo workbook's 日历函数 sheet, its PROPDESK.* formulas
 * computed in the simulated workbook by the add-in's own registration and code (loaded as the `functions` chunk),
 * with the workbook's 节假日 sheet read through the simulator, as Excel would compute them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSheets } from "../../core/demo/index";
import { FUNCTIONS_DEMO_SHEET } from "../../core/demo/worksheetFunctions";
import type { CellValue } from "../../core/index";
import { CHROMIUM_MISSING, launchChromium } from "./chromium";
import { openPreview, simFormulas, simValues, type PreviewPage } from "./previewPage";
import { startPreviewServer, type PreviewServer } from "./previewServer";

const TODAY = "2026-12-04";
const POLL = { timeout: 10_000, interval: 100 };

/** A grid as `Range.values` shows it: trailing empty cells and rows dropped. */
function trimmed(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const out = rows.map((row) => {
    const cells = row.map((v) => (v === "" ? null : v));
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out.at(-1)?.length === 0) out.pop();
  return out;
}

describe.skipIf(CHROMIUM_MISSING !== null)("PROPDESK.* worksheet functions in the preview", () => {
  let server: PreviewServer | null = null;
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  let preview: PreviewPage;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startPreviewServer(["--port", "0"]), launchChromium()]);
    preview = await openPreview(browser.context, server.url, { today: TODAY });
  });

  afterAll(async () => {
    await preview?.page.close().catch(() => undefined);
    await browser?.close();
    const code = await server?.stop();
    expect(code, server?.output()).toBe(0);
  });

  const computed = async (): Promise<CellValue[][]> => {
    const values = await simValues(preview, FUNCTIONS_DEMO_SHEET);
    if (values.flat().includes("#BUSY!")) throw new Error("still computing");
    return trimmed(values);
  };

  it("keeps the sheet's formulas and computes them to what the core wrote in the file", async () => {
    expect(await simFormulas(preview, FUNCTIONS_DEMO_SHEET, ["C5", "D5", "H5", "C17", "D17"])).toEqual([
      '=IF(PROPDESK.ISWORKDAY(A5),"是","否")',
      "=PROPDESK.HOLIDAYCLASS(A5)",
      "=PROPDESK.NETWORKDAYS($A$5,A5)",
      "=PROPDESK.RMBUPPER(B17)",
      "=PROPDESK.AGEBUCKET(A17,$A$2)",
    ]);
    const sheet = demoSheets(TODAY).find((s) => s.name === FUNCTIONS_DEMO_SHEET);
    await expect.poll(computed, POLL).toEqual(trimmed(sheet?.rows ?? []));
    expect(preview.errors, "uncaught errors").toEqual([]);
    expect(preview.external, "requests to other hosts").toEqual([]);
  });

  it("computes again when a date changes: 2026-09-25 (中秋) becomes the make-up Saturday 2026-10-10", async () => {
    await preview.page.evaluate((name) => {
      const sim = window.propdeskSim;
      if (sim) sim.workbook.enterCell(sim.sheet(name), 5, 1, "2026-10-10");
    }, FUNCTIONS_DEMO_SHEET);
    await expect
      .poll(async () => (await computed())[4]?.slice(2, 8), POLL)
      .toEqual(["是", "workday", 1.5, 46305, 46309, 1]);
  });
});
