import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnLetter, JOBS, type BookData, type CellValue } from "../../core/index";
import { readXlsxFile } from "../../cli/xlsx/readBook";
import { DEMO_WORKBOOK } from "../../cli/demo/runDemo";
import { paneText } from "../../addin/i18n/paneText";
import { PURCHASE_FIXTURE } from "../fixtures/purchase-plan/grid";
import { runCli } from "../helpers/runCli";
import { CHROMIUM_MISSING, launchChromium } from "./chromium";
import {
  openPreview,
  paneOverflow,
  runFromPane,
  screenshotPane,
  simFormulas,
  simPlace,
  simValues,
  writtenSheets,
  type PreviewPage,
} from "./previewPage";
import { startPreviewServer, type PreviewServer } from "./previewServer";

if (CHROMIUM_MISSING) console.warn(`test/e2e: ${CHROMIUM_MISSING}`);

const TODAY = "2026-12-20";
const MONTH = "2027-01";
const FIXTURE = "purchase-plan/requests.xlsx";
const XSS = "<img src=x onerror=alert(1)>";
const XSS_SHEET = "<img src=x onerror=alert(2)>";
/** How long a check waits for the pane or the preview to catch up after a click. */
const POLL = { timeout: 5_000 };

/** What `propdesk purchase-plan --json` prints, as far as these tests read it. */
interface PlanReport {
  month: string;
  departments: string[];
  lines: {
    category: string;
    item: string;
    spec: string;
    unit: string;
    quantity: string;
    unitPrice: string | null;
    amount: string | null;
    departments: Record<string, string>;
  }[];
  totals: { amount: string; byCategory: Record<string, string> };
  issues: {
    code: string;
    severity: "error" | "warning";
    message: string;
    sheet?: string;
    row?: number;
    column?: string;
  }[];
}

/** A grid for comparing: empty strings as empty cells, trailing empty rows and columns dropped. */
/** A sheet's values as both hosts show them: empty text as empty, numbers as Excel shows them (15 significant digits). */
function grid(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const shown = (v: CellValue): CellValue =>
    v === "" ? null : typeof v === "number" ? Number(v.toPrecision(15)) : v;
  const rows = values.map((row) => row.map(shown));
  const width = Math.max(
    0,
    ...rows.map((row) => row.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0)),
  );
  const trimmed = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
  while (trimmed.length > 0 && trimmed.at(-1)?.every((v) => v === null)) trimmed.pop();
  return trimmed;
}

function amount(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : Number(text);
}

/** The fixture with markup in a quantity cell and in a sheet name, to show that the pane never renders cell text as HTML. */
async function writeMarkupWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of PURCHASE_FIXTURE) {
    const ws = book.addWorksheet(sheet.name === "综合申请" ? XSS_SHEET : sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.name === "工程部" && value === "两个" ? XSS : value;
        if (cell !== null) ws.getCell(r + 1, c + 1).value = cell;
      }),
    );
  }
  await book.xlsx.writeFile(path);
}

describe.skipIf(CHROMIUM_MISSING !== null)("the preview in headless Chromium", () => {
  let work = "";
  let server: PreviewServer | null = null;
  let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
  let report: PlanReport;
  let cliPlan: BookData;
  let cliDemo: BookData;
  const pages: PreviewPage[] = [];

  beforeAll(async () => {
    const started = Date.now();
    work = await mkdtemp(join(tmpdir(), "propdesk-e2e-"));
    await writeMarkupWorkbook(join(work, "markup.xlsx"));
    const fixture = resolve(import.meta.dirname, "../fixtures", FIXTURE);
    const planOut = join(work, "plan.xlsx");
    const [srv, plan, demo, chromium] = await Promise.all([
      startPreviewServer(["--port", "0", "--books", work]),
      runCli(["purchase-plan", fixture, "--month", MONTH, "--today", TODAY, "--json", "-o", planOut]),
      runCli(["demo", "--out-dir", join(work, "demo"), "--today", TODAY]),
      launchChromium(),
    ]);
    server = srv;
    browser = chromium;
    expect(plan.code, plan.stderr).toBe(0);
    expect(demo.code, demo.stderr).toBe(0);
    report = JSON.parse(plan.stdout) as PlanReport;
    cliPlan = (await readXlsxFile(planOut)).book;
    cliDemo = (await readXlsxFile(join(work, "demo", DEMO_WORKBOOK.replace(/\.xlsx$/, ".propdesk.xlsx"))))
      .book;
    console.log(
      `test/e2e: preview built and served, CLI run, Chromium started in ${Date.now() - started} ms`,
    );
  });

  afterAll(async () => {
    for (const page of pages) await page.page.close().catch(() => undefined);
    await browser?.close();
    const code = await server?.stop();
    await rm(work, { recursive: true, force: true });
    expect(code, server?.output()).toBe(0);
  });

  async function open(query: Record<string, string>): Promise<PreviewPage> {
    if (!browser || !server) throw new Error("the preview did not start");
    const page = await openPreview(browser.context, server.url, query);
    pages.push(page);
    return page;
  }

  /** Nothing that must not happen did: no dialog, no uncaught error, no request off this machine. */
  function expectQuiet(page: PreviewPage): void {
    expect(page.dialogs, "dialogs").toEqual([]);
    expect(page.errors, "uncaught errors").toEqual([]);
    expect(page.external, "requests to other hosts").toEqual([]);
  }

  it("runs the purchase plan from the pane in at most 4 syncs and writes what the CLI reports", async () => {
    const p = await open({ book: FIXTURE, today: TODAY });
    const roles = await p.frame.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("fluent-accordion-item[data-role]")].map((item) => ({
        role: item.dataset["role"],
        checked: [...item.querySelectorAll<HTMLElement & { checked: boolean }>("fluent-checkbox[data-sheet]")]
          .filter((box) => box.checked)
          .map((box) => box.dataset["sheet"]),
      })),
    );
    expect(roles.find((r) => r.role === "purchase-requests")?.checked.sort()).toEqual(
      ["工程部", "客服部", "综合申请"].sort(),
    );
    expect(
      await p.pane.locator("[data-testid=period]").evaluate((el) => (el as HTMLInputElement).value),
    ).toBe(MONTH);

    const syncs = await runFromPane(p);
    expect(syncs).toBeGreaterThanOrEqual(2);
    expect(syncs).toBeLessThanOrEqual(4);

    // The same sheets as the CLI's output workbook, cell for cell.
    const written = await writtenSheets(p);
    const cliWritten = cliPlan.sheets.filter((s) => s.ownerKey !== undefined);
    expect(written).toEqual(cliWritten.map((s) => s.name));
    for (const sheet of cliWritten)
      expect(grid(await simValues(p, sheet.name)), sheet.name).toEqual(grid(sheet.values));

    // The plan sheet against the report: a row per line, department columns, subtotal formulas per category.
    const [planName = "", , issuesName = ""] = written;
    const plan = await simValues(p, planName);
    const departments = report.departments.length;
    const amountColumn = 4 + departments + 3;
    const header = plan.findIndex((row) => row[0] === "序号");
    expect(plan[header + 1]?.slice(4, 4 + departments)).toEqual(report.departments);
    const lineRows = plan.flatMap((row, i) => (typeof row[0] === "number" ? [i + 1] : []));
    expect(lineRows.map((r) => grid([plan[r - 1]?.slice(0, amountColumn) ?? []])[0])).toEqual(
      report.lines.map(
        (line, i) =>
          grid([
            [
              i + 1,
              line.item,
              line.spec,
              line.unit,
              ...report.departments.map((d) => amount(line.departments[d])),
              Number(line.quantity),
              amount(line.unitPrice),
              amount(line.amount),
            ],
          ])[0],
      ),
    );
    const K = columnLetter(amountColumn);
    const categories = [...new Set(report.lines.map((line) => line.category))];
    const subtotalRows = plan.flatMap((row, i) =>
      typeof row[1] === "string" && row[1].endsWith("小计") ? [i + 1] : [],
    );
    expect(subtotalRows).toHaveLength(categories.length);
    const totalRow = plan.findIndex((row) => row[1] === "合计") + 1;
    const formulas = await simFormulas(
      p,
      planName,
      [...subtotalRows, totalRow].map((r) => `${K}${r}`),
    );
    categories.forEach((category, i) => {
      const rows = lineRows.filter((_, j) => report.lines[j]?.category === category);
      const row = subtotalRows[i] ?? 0;
      expect(formulas[i], category).toBe(`=SUBTOTAL(9,${K}${Math.min(...rows)}:${K}${Math.max(...rows)})`);
      expect(plan[row - 1]?.[amountColumn - 1], category).toBe(Number(report.totals.byCategory[category]));
    });
    const total = /^=SUBTOTAL\(9,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formulas.at(-1) ?? "");
    expect(total?.slice(1)).toEqual([K, expect.any(String), K, expect.any(String)]);
    expect(Number(total?.[2])).toBeLessThanOrEqual(Math.min(...lineRows));
    expect(Number(total?.[4])).toBeGreaterThanOrEqual(Math.max(...subtotalRows));
    expect(plan[totalRow - 1]?.[amountColumn - 1]).toBe(Number(report.totals.amount));

    // The issues sheet: one row per reported issue, in the report's order, its location a link to the cell.
    const issues = await simValues(p, issuesName);
    const first = issues.findIndex((row) => row[0] === "序号") + 1;
    const rows = issues.slice(first).filter((row) => typeof row[0] === "number");
    expect(
      rows.map((row) => [row[0], row[1], row[2], row[3], row[4], row[5] ?? null, row[6], row[7]]),
    ).toEqual(
      report.issues.map((issue, i) => [
        i + 1,
        issue.severity === "error" ? "错误" : "警告",
        `${issue.sheet}!${issue.column ?? ""}${issue.row}`,
        issue.sheet,
        issue.row,
        issue.column ?? null,
        issue.message,
        issue.code,
      ]),
    );
    const links = await simFormulas(
      p,
      issuesName,
      rows.map((_, i) => `C${first + i + 1}`),
    );
    for (const link of links) expect(link).toMatch(/^=HYPERLINK\("#/);
    expectQuiet(p);
  });

  it("runs every job on the demo workbook the server made and writes what the CLI's demo writes", async () => {
    const p = await open({ today: TODAY });
    expect(await p.page.locator("#pv-book").textContent()).toContain(DEMO_WORKBOOK);
    // The CLI's demo runs each job on the sample alone; the pane's workbook also holds the sheets the earlier
    // jobs wrote, which a later job may read (the cash plan reads the receivables list's notes): their readings
    // are the pane's own.
    const earlier = new Set<string>();
    for (const job of JOBS) {
      if (JOBS.length > 1) await p.pane.locator(`fluent-radio[data-job="${job.id}"]`).click();
      const syncs = await runFromPane(p);
      expect(syncs, job.id).toBeLessThanOrEqual(4);
      const written = await writtenSheets(p);
      expect(written.length, job.id).toBeGreaterThan(0);
      const charts = p.pane.locator("figure.pd-chart");
      if (job.charts) expect(await charts.count(), `${job.id} charts`).toBeGreaterThan(0);
      else expect(await charts.count(), `${job.id} charts`).toBe(0);
      if (job.charts) expect(await charts.first().locator("rect.pd-chart-bar").count()).toBeGreaterThan(0);
      await screenshotPane(p, `pane-${job.id}-zh-CN-result`);
      for (const name of written) {
        const cli = cliDemo.sheets.find((s) => s.name === name);
        expect(cli, `${job.id}: ${name} in the CLI's demo output`).toBeDefined();
        expect(grid(withoutReadingsOf(await simValues(p, name), earlier)), name).toEqual(
          grid(cli?.values ?? []),
        );
      }
      for (const name of written) earlier.add(name);
    }
    expectQuiet(p);
  });

  it("takes the inventory's count date from the pane, refuses one outside the month, and writes that date's stock list", async () => {
    const p = await open({ today: TODAY });
    await p.pane.locator('fluent-radio[data-job="inventory"]').click();
    const field = p.pane.locator("[data-testid=date-option]");
    await field.locator("input").fill("2027-01-05");
    await expect
      .poll(() => p.pane.locator("[data-testid=run]").getAttribute("disabled"), POLL)
      .not.toBeNull();
    expect(await p.pane.locator(".pd-option-slot [role=alert]").textContent()).toBe(
      "盘点日期应在 2026-12 之内",
    );
    await screenshotPane(p, "pane-inventory-count-date-outside-month");
    const period = p.pane.locator("[data-testid=period] input");
    await period.fill("2027-01");
    await expect.poll(() => field.getAttribute("placeholder"), POLL).toBe("2027-01-25");
    await expect.poll(() => p.pane.locator("[data-testid=run]").getAttribute("disabled"), POLL).toBeNull();
    await period.fill("2026-12");
    await field.locator("input").fill("2026-12-24");
    await expect.poll(() => p.pane.locator("[data-testid=run]").getAttribute("disabled"), POLL).toBeNull();
    await runFromPane(p);
    expect(await writtenSheets(p)).toContain("库存物资清单 2026-12-24");
    expectQuiet(p);
  });

  it("goes to an issue's cell, to a written sheet, and runs a job from the preview's ribbon", async () => {
    const p = await open({ book: FIXTURE, today: TODAY });
    await runFromPane(p);
    const written = await writtenSheets(p);
    const unquoted = (place: { active: string | null; selection: string | null }) => ({
      ...place,
      selection: place.selection?.replace(
        /^'((?:[^']|'')+)'!/,
        (_all, name: string) => `${name.replace(/''/g, "'")}!`,
      ),
    });

    const cellIssue = report.issues.find((i) => i.column !== undefined && i.row !== undefined);
    if (!cellIssue?.sheet) throw new Error("the fixture's report names no cell");
    await p.pane.locator(`.pd-issue-button[data-code="${cellIssue.code}"]`).first().click();
    const cell = `${cellIssue.column}${cellIssue.row}`;
    await expect
      .poll(async () => unquoted(await simPlace(p)), POLL)
      .toEqual({
        active: cellIssue.sheet,
        selection: `${cellIssue.sheet}!${cell}`,
      });
    // The preview draws the sheet with that cell outlined and shows it in the name box.
    await expect
      .poll(() => p.page.locator("#pv-grid td.pv-selected").getAttribute("data-cell"), POLL)
      .toBe(cell);
    expect(await p.page.locator("#pv-name-box").textContent()).toBe(cell);
    expect(await p.page.locator('.pv-tab[aria-selected="true"]').textContent()).toBe(cellIssue.sheet);

    const rowIssue = report.issues.find((i) => i.column === undefined && i.row !== undefined);
    if (rowIssue?.sheet) {
      await p.pane.locator(`.pd-issue-button[data-code="${rowIssue.code}"]`).first().click();
      await expect
        .poll(async () => unquoted(await simPlace(p)), POLL)
        .toEqual({
          active: rowIssue.sheet,
          selection: `${rowIssue.sheet}!A${rowIssue.row}`,
        });
    }

    const detail = written[1] ?? "";
    await p.pane.locator(`.pd-link[data-sheet="${detail}"]`).click();
    await expect.poll(async () => (await simPlace(p)).active, POLL).toBe(detail);
    await expect.poll(() => p.page.locator('.pv-tab[aria-selected="true"]').textContent(), POLL).toBe(detail);

    // The ribbon button runs the job with its defaults through the pane; the re-run replaces PropDesk's own sheets.
    await p.frame.evaluate(() =>
      document.querySelector("[data-testid=result]")?.setAttribute("data-e2e-stale", ""),
    );
    await p.page.evaluate(() => window.propdeskSim?.resetSyncs());
    await p.page.locator('#pv-ribbon button[data-job="purchase-plan"]').click();
    await p.pane.locator("[data-testid=result]:not([data-e2e-stale]) [data-tone]").waitFor();
    expect(await p.page.evaluate(() => window.propdeskSim?.syncCount)).toBeLessThanOrEqual(4);
    expect(await writtenSheets(p)).toEqual(written);
    expect(await p.page.evaluate(() => window.propdeskSim?.sheetNames().length)).toBe(3 + written.length);
    expectQuiet(p);
  });

  it("switches language with the pane's 简/繁/EN toggle and with ?lang=en-US", async () => {
    const texts = (page: PreviewPage) =>
      page.frame.evaluate(() => ({
        lang: document.documentElement.lang,
        run: document.querySelector("[data-testid=run]")?.textContent?.trim(),
        inputs: document.querySelector(".pd-inputs .pd-heading")?.textContent,
        tagline: document.querySelector(".pd-tagline")?.textContent,
      }));
    const expected = (lang: "zh-CN" | "zh-TW" | "en") => ({
      lang,
      run: paneText(lang, "run"),
      inputs: paneText(lang, "inputsHeading"),
      tagline: paneText(lang, "appTagline"),
    });

    const p = await open({ book: FIXTURE, today: TODAY });
    expect(await texts(p)).toEqual(expected("zh-CN"));
    await p.pane.locator("fluent-toggle-button[data-lang=en]").click();
    await expect.poll(() => texts(p), POLL).toEqual(expected("en"));
    await p.pane.locator("fluent-toggle-button[data-lang=zh-TW]").click();
    await expect.poll(() => texts(p), POLL).toEqual(expected("zh-TW"));

    const en = await open({ book: FIXTURE, today: TODAY, lang: "en-US" });
    expect(await texts(en)).toEqual(expected("en"));
    expect(
      await en.pane.locator("fluent-toggle-button[data-lang=en]").getAttribute("pressed"),
    ).not.toBeNull();
    expect(await en.page.locator("#pv-status").textContent()).toMatch(/^Excel syncs: \d+$/);
    await runFromPane(en);
    expect(await en.pane.locator("[data-testid=result]").textContent()).toContain(
      paneText("en", "writtenHeading", { count: (await writtenSheets(en)).length }),
    );
    expectQuiet(p);
    expectQuiet(en);
  });

  it("本月待办 at 320 px: the coming items from the day after National Day, a button runs its job, the language switch", async () => {
    const p = await open({ today: "2026-10-08", width: "320" });
    const todo = p.pane.locator("details[data-testid=todo]");
    expect(await todo.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const days = () =>
      p.frame.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".pd-todo-day")].map((day) => ({
          date: day.dataset["date"],
          when: day.dataset["when"],
          heading: day.querySelector(".pd-todo-date")?.textContent,
          jobs: [...day.querySelectorAll<HTMLElement>(".pd-todo-run")].map((b) => b.dataset["job"]),
        })),
      );
    expect(await days()).toEqual([
      { date: "2026-10-08", when: "today", heading: "10月8日 周四 今天", jobs: ["weekly-collection"] },
      {
        date: "2026-10-10",
        when: "later",
        heading: "10月10日 周六 调休上班",
        jobs: ["fee-statistics", "collection"],
      },
    ]);
    // The panel sits above the jobs and keeps them in view of a short pane.
    const jobsTop = await p.pane.locator(".pd-job-list").evaluate((el) => el.getBoundingClientRect().top);
    expect(jobsTop).toBeLessThan(360);
    expect((await paneOverflow(p)).outside).toEqual([]);
    await screenshotPane(p, "pane-todo");
    // The rest of the fortnight on request (the button keeps the keyboard's focus), and folded again.
    await p.pane.locator(".pd-todo-toggle").click();
    await expect.poll(() => p.pane.locator(".pd-todo-item").count(), POLL).toBe(15);
    expect(await p.frame.evaluate(() => document.activeElement?.className)).toBe("pd-todo-toggle");
    await p.pane.locator(".pd-todo-toggle").click();
    await expect.poll(() => p.pane.locator(".pd-todo-item").count(), POLL).toBe(3);

    // A button selects its job and runs it with the job's defaults, as the ribbon does.
    await p.page.evaluate(() => window.propdeskSim?.resetSyncs());
    await p.pane.locator('.pd-todo-run[data-job="fee-statistics"]').click();
    await p.pane.locator("[data-testid=result] [data-tone]").waitFor();
    expect(
      await p.pane.locator('fluent-radio[data-job="fee-statistics"]').getAttribute("checked"),
    ).not.toBeNull();
    expect(await p.pane.locator("[data-testid=period] input").inputValue()).toBe("2026-09");
    expect(await writtenSheets(p)).toContain("费用统计 2026-09");
    expect(await p.page.evaluate(() => window.propdeskSim?.syncCount)).toBeLessThanOrEqual(4);

    await p.pane.locator("fluent-toggle-button[data-lang=en]").click();
    await expect
      .poll(() => p.pane.locator(".pd-todo-summary .pd-heading").textContent(), POLL)
      .toBe(paneText("en", "todoHeading"));
    expect((await days()).map((d) => d.heading)).toEqual(["Thu Oct 8 Today", "Sat Oct 10 make-up workday"]);
    expect(await p.pane.locator('.pd-todo-run[data-job="collection"]').textContent()).toBe("Run");
    expectQuiet(p);
  });

  it("shows markup in a cell and in a sheet name as text: no dialog, no img element", async () => {
    const p = await open({ book: "markup.xlsx", today: TODAY });
    const labels = await p.frame.evaluate(
      (name) =>
        [...document.querySelectorAll<HTMLElement>("fluent-checkbox[data-sheet]")]
          .filter((box) => box.dataset["sheet"] === name)
          .map((box) => box.closest("fluent-field")?.querySelector("label")?.textContent),
      XSS_SHEET,
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toBe(XSS_SHEET);
    await runFromPane(p);
    const issue = p.pane.locator(".pd-issue-button[data-code=not_a_number]").first();
    expect(await issue.textContent()).toContain(XSS);
    expect(await p.pane.locator("[data-testid=result]").textContent()).toContain(XSS_SHEET);
    await issue.click();
    await expect.poll(() => p.page.locator("#pv-grid td.pv-selected").textContent(), POLL).toBe(XSS);
    await p.page.locator(".pv-tab", { hasText: XSS_SHEET }).click();
    await expect.poll(async () => (await simPlace(p)).active, POLL).toBe(XSS_SHEET);
    await p.page.waitForTimeout(300); // time for an onerror handler to fire, were there an <img>
    const paneImages = await p.frame.evaluate(() => [...document.images].map((img) => img.className));
    expect(paneImages).toEqual(["pd-logo"]); // the pane's own icon in its header, nothing else
    expect(await p.page.evaluate(() => document.images.length)).toBe(0);
    expectQuiet(p);
  });

  it("explains Excel's refusals in the pane's words: the pane's own host over the preview's simulator", async () => {
    const p = await open({ book: FIXTURE, today: TODAY, lang: "en-US" });
    const sheetNames = () => p.page.evaluate(() => window.propdeskSim?.workbook.sheets.map((s) => s.name));
    const before = await sheetNames();
    await p.page.evaluate(() => {
      if (window.propdeskSim) window.propdeskSim.cellEditMode = true;
    });
    await runFromPane(p);
    expect(await p.pane.locator("[data-testid=result]").innerText()).toContain(
      paneText("en", "errorCellEditing"),
    );
    expect(await writtenSheets(p)).toEqual([]);
    expect(await sheetNames()).toEqual(before);
    expectQuiet(p);
  });

  it("says so when the workbook asked for does not exist", async () => {
    if (!browser || !server) throw new Error("the preview did not start");
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?book=no-such-book.xlsx`);
    await page.locator("body[data-state=failed]").waitFor({ state: "attached" });
    expect(await page.locator("#pv-grid .pv-error").textContent()).toContain("no-such-book.xlsx");
    expect(await page.locator("#pv-pane-frame").count()).toBe(0);
    await page.close();
  });

  it("nothing overflows a 320 px pane; screenshots in zh-CN and en-US before and after a run", async () => {
    for (const lang of ["zh-CN", "en-US"]) {
      const p = await open({ today: TODAY, lang, width: "320" });
      await openFold(p);
      const roles = await p.frame.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("fluent-accordion-item[data-role]")].map(
          (item) => item.dataset["role"] ?? "",
        ),
      );
      for (const role of roles) {
        const item = p.pane.locator(`fluent-accordion-item[data-role="${role}"]`);
        if ((await item.getAttribute("expanded")) === null) await item.click();
        await expect.poll(() => item.getAttribute("expanded"), POLL).not.toBeNull();
      }
      const before = await paneOverflow(p);
      expect(before.frameWidth).toBe(320);
      expect(before.documentScroll, JSON.stringify(before)).toBeLessThanOrEqual(before.documentClient);
      expect(before.bodyScroll, JSON.stringify(before)).toBeLessThanOrEqual(before.bodyClient);
      await screenshotPane(p, `pane-${lang}-before`);

      await runFromPane(p);
      const after = await paneOverflow(p);
      expect(after.documentScroll, JSON.stringify(after)).toBeLessThanOrEqual(after.documentClient);
      expect(after.bodyScroll, JSON.stringify(after)).toBeLessThanOrEqual(after.bodyClient);
      await screenshotPane(p, `pane-${lang}-after`);
      await p.page.screenshot({
        path: resolve(import.meta.dirname, `../../test-artifacts/preview-${lang}.png`),
      });
      expectQuiet(p);
    }
  });
  it("at 320 px: optional inputs not found are folded away, short labels stay whole, issues name and select their cell, English counts agree", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const p = await open({ today: TODAY, lang: lang === "en" ? "en-US" : lang, width: "320" });
      await p.pane.locator('fluent-radio[data-job="attendance"]').click();
      const fold = p.pane.locator("details[data-testid=optional-not-found]");
      await fold.waitFor({ state: "attached" });

      // The optional inputs the demo lacks (an attendance legend, a status list) are folded away, closed.
      const roles = () =>
        p.frame.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("fluent-accordion-item[data-role]")].map((item) => ({
            role: item.dataset["role"] ?? "",
            folded: item.closest("details.pd-fold") !== null,
            count: item.querySelector(".pd-role-count")?.textContent ?? "",
            visible: item.checkVisibility(),
          })),
        );
      const before = await roles();
      const folded = before.filter((r) => r.folded);
      expect(folded.map((r) => r.role).sort(), lang).toEqual(
        ["attendance-legend", "attendance-records"].sort(),
      );
      expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await fold.locator("summary").textContent()).toBe(
        paneText(lang, "optionalNotFound", { count: folded.length }),
      );
      for (const role of before) {
        expect(role.visible, role.role).toBe(!role.folded);
        expect(role.count === paneText(lang, "roleNoneFound"), role.role).toBe(role.folded);
      }

      // The result: each issue names its cell (the column with the row) and a click selects exactly that cell.
      await runFromPane(p);
      await checkIssueLocations(p, lang);
      await screenshotPane(p, `pane-320-attendance-${lang}`);

      // English counts agree with their nouns: the weekly detail has 1 error, 1 warning and writes 2 sheets.
      await p.pane.locator('fluent-radio[data-job="weekly-collection"]').click();
      await runFromPane(p);
      const written = await writtenSheets(p);
      const headings = await p.frame.evaluate(() =>
        [...document.querySelectorAll("[data-testid=result] .pd-heading")].map((h) => h.textContent ?? ""),
      );
      expect(headings, lang).toContain(paneText(lang, "writtenHeading", { count: written.length }));
      const headline = await p.pane.locator("[data-testid=result] .pd-headline").textContent();
      const count = (severity: string) =>
        p.frame.evaluate(
          (s) => document.querySelectorAll(`[data-severity=${s}] .pd-issues > li`).length,
          severity,
        );
      const [errors, warnings] = [await count("error"), await count("warning")];
      expect(headline).toContain(
        paneText(lang, "resultWithIssues", { job: "", period: "", errors, warnings }).replace(
          /^.*?(：|: )/,
          "",
        ),
      );
      if (lang === "en") {
        // The warnings: a payment row's, and the worksheet functions' sheet no job reads.
        expect([errors, warnings, written.length]).toEqual([1, 2, 2]);
        expect(headline).toMatch(/: 1 error, 2 warnings$/);
        expect(headings).toContain("2 sheets written");
      }
      await checkIssueLocations(p, lang);

      // Short labels never break mid-phrase, with every role open and a folded role's sheet ticked by hand.
      await p.pane.locator('fluent-radio[data-job="attendance"]').click();
      await openFold(p);
      for (const role of await roles()) {
        const item = p.pane.locator(`fluent-accordion-item[data-role="${role.role}"]`);
        if ((await item.getAttribute("expanded")) === null) await item.click();
        await expect.poll(() => item.getAttribute("expanded"), POLL).not.toBeNull();
      }
      const legend = p.pane.locator('fluent-accordion-item[data-role="attendance-legend"]');
      await legend.locator("fluent-checkbox[data-sheet]").first().click();
      await expect
        .poll(() => legend.locator(".pd-role-how").textContent(), POLL)
        .toBe(paneText(lang, "roleChosenByYou"));
      // The role stays where it is while the person works on it, and the fold stays open.
      expect(await legend.evaluate((item) => item.closest("details.pd-fold") !== null)).toBe(true);
      expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await expect.poll(() => legend.locator(".pd-reset").isVisible(), POLL).toBe(true);
      const labels = await brokenLabels(p);
      expect(labels.measured, lang).toBeGreaterThan(40);
      expect(labels.broken, lang).toEqual([]);
      const overflow = await paneOverflow(p);
      expect(overflow.documentScroll, JSON.stringify(overflow)).toBeLessThanOrEqual(overflow.documentClient);
      expectQuiet(p);
    }
  });
});

/** Opens the pane's fold of optional inputs not found, when it has one. */
async function openFold(preview: PreviewPage): Promise<void> {
  const fold = preview.pane.locator("details[data-testid=optional-not-found]");
  if ((await fold.count()) === 0) return;
  if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator("summary").click();
  await expect.poll(() => fold.evaluate((d) => (d as HTMLDetailsElement).open), POLL).toBe(true);
}

/**
 * The pane's issues name the cell of each issue on the run's issues sheet (`保洁部!C4`: the column with the row), and
 * a click on one selects exactly that cell (a row without a column: the row's first cell; a sheet: the sheet).
 */
async function checkIssueLocations(preview: PreviewPage, lang: string): Promise<void> {
  const written = await writtenSheets(preview);
  const issuesSheet = written.at(-1) ?? "";
  const rows = await simValues(preview, issuesSheet);
  const first = rows.findIndex((row) => row[0] === "序号") + 1;
  const expected = rows
    .slice(first)
    .filter((row) => typeof row[0] === "number" && typeof row[3] === "string" && row[3] !== "")
    .map((row) =>
      typeof row[4] === "number" ? `${String(row[3])}!${String(row[5] ?? "")}${row[4]}` : String(row[3]),
    );
  const buttons = preview.pane.locator(".pd-issue-button");
  const shown = await buttons.evaluateAll((all) =>
    all.map((b) => b.querySelector(".pd-issue-location")?.textContent ?? ""),
  );
  expect(shown.length, `${lang} ${issuesSheet}`).toBeGreaterThan(0);
  expect([...shown].sort(), `${lang} ${issuesSheet}`).toEqual([...expected].sort());
  for (const [i, location] of shown.entries()) {
    const cell = /^(.+)!([A-Z]*)(\d+)$/.exec(location);
    await buttons.nth(i).click();
    const want = cell
      ? { active: cell[1], selection: `${cell[1]}!${cell[2] || "A"}${cell[3]}` }
      : { active: location, selection: expect.anything() as unknown };
    await expect
      .poll(async () => {
        const place = await simPlace(preview);
        return {
          active: place.active,
          selection: cell
            ? place.selection?.replace(
                /^'((?:[^']|'')+)'!/,
                (_all, name: string) => `${name.replace(/''/g, "'")}!`,
              )
            : place.selection,
        };
      }, POLL)
      .toEqual(want);
  }
}

/** Short labels of the pane that show on more than one line (a label broken mid-phrase), and how many were measured. */
function brokenLabels(preview: PreviewPage): Promise<{ measured: number; broken: string[] }> {
  return preview.frame.evaluate(() => {
    const SHORT = [
      ".pd-role-count",
      ".pd-role-how",
      ".pd-reset",
      "[data-testid=refresh]",
      ".pd-fold-summary",
      ".pd-heading",
      ".pd-job label",
      ".pd-sheet label",
      ".pd-field label",
      "fluent-toggle-button",
      ".pd-run",
      ".pd-link > span",
      ".pd-issue-location",
    ];
    /** Line boxes the element's text lies on: rects that do not overlap vertically. */
    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const rect of rects) {
        if (rect.top >= bottom - 1) {
          count += 1;
          bottom = rect.bottom;
        } else bottom = Math.max(bottom, rect.bottom);
      }
      return count;
    };
    const measured = [...document.querySelectorAll(SHORT.join(","))].filter(
      (el) => el.getClientRects().length > 0 && (el.textContent ?? "").trim() !== "",
    );
    return {
      measured: measured.length,
      broken: measured.filter((el) => lines(el) > 1).map((el) => (el.textContent ?? "").trim()),
    };
  });
}

/** An issues sheet's rows without the reading entries (`<sheet>：…` and its indented lines) of the given sheets. */
function withoutReadingsOf<T>(values: T[][], sheets: ReadonlySet<string>): T[][] {
  const kept: T[][] = [];
  let dropping = false;
  for (const row of values) {
    const first = typeof row[0] === "string" ? row[0] : "";
    if ([...sheets].some((name) => first.startsWith(`${name}：`))) dropping = true;
    else if (!first.startsWith("    ")) dropping = false;
    if (!dropping) kept.push(row);
  }
  return kept;
}
