import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import type { CellValue } from "../../core/index";

/** Where the tests save screenshots of the pane (gitignored; CI keeps them as artifacts). */
export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts");

/** The preview page with its task pane, and what happened on it that a test must not miss. */
export interface PreviewPage {
  page: Page;
  /** The task pane's iframe, for locators. */
  pane: FrameLocator;
  /** The task pane's frame, for `evaluate`. */
  frame: Frame;
  /** Messages of alert/confirm/prompt dialogs (each dismissed). */
  dialogs: string[];
  /** Uncaught errors in the page or the pane. */
  errors: string[];
  /** Requests that would have left this machine (aborted). */
  external: string[];
}

/**
 * Opens `preview.html?<query>`, records dialogs, errors and requests to other hosts (aborting them), and
 * waits until the pane has read the workbook and lists the input sheets it found and the 本月待办 items.
 */
export async function openPreview(
  context: BrowserContext,
  url: string,
  query: Record<string, string>,
): Promise<PreviewPage> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const external: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const { hostname, href } = new URL(route.request().url());
    if (hostname === "localhost" || hostname === "127.0.0.1") return route.continue();
    external.push(href);
    return route.abort();
  });
  await page.goto(`${url}?${new URLSearchParams(query).toString()}`);
  await page.locator("body[data-state=ready]").waitFor({ state: "attached" });
  const pane = page.frameLocator("#pv-pane-frame");
  await pane.locator("fluent-accordion-item[data-role]").first().waitFor({ state: "attached" });
  // 本月待办 lists its items once its code (a chunk of its own) has loaded after the first paint.
  await pane.locator("details[data-testid=todo]:not([aria-busy])").waitFor({ state: "attached" });
  const frame = page.frames().find((f) => f.url().endsWith("/taskpane.html"));
  if (!frame) throw new Error("the preview has no task pane frame");
  return { page, pane, frame, dialogs, errors, external };
}

/** Runs the selected job from the pane's Run button with the sync counter reset; resolves to the syncs the run used. */
export async function runFromPane(preview: PreviewPage): Promise<number> {
  await preview.frame.evaluate(() =>
    document.querySelector("[data-testid=result]")?.setAttribute("data-e2e-stale", ""),
  );
  await preview.page.evaluate(() => window.propdeskSim?.resetSyncs());
  await preview.pane.locator("[data-testid=run]").click();
  await preview.pane.locator("[data-testid=result]:not([data-e2e-stale]) [data-tone]").waitFor();
  return preview.page.evaluate(() => window.propdeskSim?.syncCount ?? -1);
}

/** A sheet's used range in the simulator, as `Range.values` gives it. */
export function simValues(preview: PreviewPage, sheet: string): Promise<CellValue[][]> {
  return preview.page.evaluate((name) => window.propdeskSim?.values(name) ?? [], sheet);
}

/** Formulas of the given cells of a sheet in the simulator (undefined where a cell holds none). */
export function simFormulas(
  preview: PreviewPage,
  sheet: string,
  cells: string[],
): Promise<(string | undefined)[]> {
  return preview.page.evaluate(
    ([name, addresses]) => addresses.map((a) => window.propdeskSim?.formulaAt(name, a)),
    [sheet, cells] as const,
  );
}

/** The simulator's active sheet and selection. */
export function simPlace(preview: PreviewPage): Promise<{ active: string | null; selection: string | null }> {
  return preview.page.evaluate(() => ({
    active: window.propdeskSim?.activeSheet ?? null,
    selection: window.propdeskSim?.selection ?? null,
  }));
}

/** The names on the pane's "sheets written" list. */
export function writtenSheets(preview: PreviewPage): Promise<string[]> {
  return preview.frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid=result] .pd-link[data-sheet]")].map(
      (b) => b.dataset["sheet"] ?? "",
    ),
  );
}

/** Horizontal overflow of the pane: its document's and body's scroll and client widths, and elements sticking out. */
export function paneOverflow(preview: PreviewPage): Promise<{
  documentScroll: number;
  documentClient: number;
  bodyScroll: number;
  bodyClient: number;
  frameWidth: number;
  outside: string[];
}> {
  return preview.frame.evaluate(() => {
    const root = document.documentElement;
    const outside = [...document.body.querySelectorAll("*")]
      .filter(
        (el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > root.clientWidth + 0.5,
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, ".")}` : ""}`,
      );
    return {
      documentScroll: root.scrollWidth,
      documentClient: root.clientWidth,
      bodyScroll: document.body.scrollWidth,
      bodyClient: document.body.clientWidth,
      frameWidth: window.innerWidth,
      outside,
    };
  });
}

/** Saves a screenshot of the whole pane (the page grows so the pane needs no scrolling) to test-artifacts/<name>.png. */
export async function screenshotPane(preview: PreviewPage, name: string): Promise<string> {
  const { page, frame } = preview;
  await mkdir(ARTIFACTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const paneHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
  const frameBox = await page.locator("#pv-pane-frame").boundingBox();
  // Whole pixels: the ribbon above the pane may wrap to a fractional height, and a viewport's is an integer.
  const chrome = frameBox ? Math.ceil(viewport.height - frameBox.height) : 120;
  await page.setViewportSize({
    width: viewport.width,
    height: Math.max(viewport.height, paneHeight + chrome),
  });
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.locator("#pv-pane-frame").screenshot({ path });
  await page.setViewportSize(viewport);
  return path;
}
