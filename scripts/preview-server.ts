/**
 * `npm run preview`: builds the add-in (webpack, development mode) and serves the task pane beside a simulated
 * workbook at http://localhost:3100/preview.html, so PropDesk can be tried in a browser without Excel.
 *
 *   node cli/run-ts.mjs scripts/preview-server.ts [--port 3100] [--dist <dir>] [--books <dir>]...
 *
 * `--port 0` takes a free port; `--dist` serves an existing development build instead of building one;
 * `--books` adds a folder where `?book=<name>.xlsx` is looked up (before test/fixtures and the repository).
 * Prints `PropDesk preview: <url>`; Ctrl+C or SIGTERM stops it and removes its temporary folder.
 *
 * Routes: the build's files (taskpane.html without Microsoft's office.js, so the pane runs on the preview's
 * simulator and nothing is fetched from the internet) and `api/book?book=&today=`, which answers with the
 * workbook as the add-in reads it (`BookData`, JSON, with column widths, merges, hidden sheets and the formulas
 * calling PropDesk's worksheet functions beside it); without `book` that is the demo workbook for `today`.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import webpack from "webpack";
import { callsAddinFunction, isIsoDate, shownFormula } from "../core/index";
import { DEMO_WORKBOOK } from "../cli/demo/runDemo";
import { localToday } from "../cli/localToday";
import { readXlsxFile } from "../cli/xlsx/readBook";

/** The port `npm run preview` listens on unless `--port` says otherwise. */
export const DEFAULT_PREVIEW_PORT = 3100;

/** The line the server prints once it listens; tests read the URL from it. */
export const PREVIEW_URL_LINE = /^PropDesk preview: (http:\/\/\S+)$/m;

const root = resolve(import.meta.dirname, "..");

/** Microsoft's office.js, which the built taskpane.html loads; the preview serves the page without it. */
const OFFICE_JS = /[ \t]*<script\s+src="https:\/\/appsforoffice\.microsoft\.com\/[^"]*"\s*><\/script>\r?\n?/g;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** An error answered with its status and message. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Builds the add-in (including the preview entry) in development mode into `outDir`. */
async function build(outDir: string): Promise<void> {
  type MakeConfig = (env: object, argv: { mode: string }) => Promise<webpack.Configuration>;
  const { default: makeConfig } = (await import(pathToFileURL(join(root, "webpack.config.js")).href)) as {
    default: MakeConfig;
  };
  const config = await makeConfig({}, { mode: "development" });
  config.output = { ...config.output, path: outDir };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) =>
    compiler.run((error, result) => (error ? fail(error) : done(result))),
  );
  await new Promise<void>((done) => compiler.close(() => done()));
  if (stats?.hasErrors()) throw new Error(`webpack failed:\n${stats.toString("errors-only")}`);
}

/** Writes the demo workbook for `today` with `propdesk demo` (once per day asked for) and returns its path. */
function demoMaker(workDir: string): (today: string) => Promise<string> {
  const made = new Map<string, Promise<string>>();
  return (today) => {
    let path = made.get(today);
    if (path === undefined) {
      const outDir = join(workDir, `demo-${today}`);
      const bin = join(root, "cli", "bin.mjs");
      path = new Promise((done, fail) =>
        execFile(
          process.execPath,
          [bin, "demo", "--out-dir", outDir, "--today", today],
          { maxBuffer: 16 * 1024 * 1024 },
          (error, _stdout, stderr) =>
            error
              ? fail(new Error(`propdesk demo failed: ${stderr || error.message}`))
              : done(join(outDir, DEMO_WORKBOOK)),
        ),
      );
      made.set(today, path);
      path.catch(() => made.delete(today));
    }
    return path;
  };
}

/** The `.xlsx` file `name` in the first folder that has it; only `.xlsx` files inside those folders. */
function findBook(name: string, folders: readonly string[]): string {
  if (!/\.xlsx$/i.test(name)) throw new HttpError(400, `?book= must name an .xlsx file, not "${name}"`);
  for (const folder of folders) {
    const path = resolve(folder, name);
    const inside = relative(folder, path);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) continue;
    if (existsSync(path)) return path;
  }
  throw new HttpError(404, `No workbook "${name}" in ${folders.join(", ")}`);
}

/** Everything a request needs. */
interface Site {
  dist: string;
  books: readonly string[];
  demo: (today: string) => Promise<string>;
}

async function bookJson(url: URL, site: Site): Promise<string> {
  const today = url.searchParams.get("today") ?? localToday();
  if (!isIsoDate(today)) throw new HttpError(400, `?today= must be YYYY-MM-DD, not "${today}"`);
  const name = url.searchParams.get("book") ?? "";
  const path = name === "" || name === "demo" ? await site.demo(today) : findBook(name, site.books);
  const { book, workbook } = await readXlsxFile(path);
  // What BookData leaves out but a person looks at: column widths (characters), merged areas, hidden sheets, and
  // the formulas calling PropDesk's worksheet functions (as Excel shows them), which the preview computes.
  const layout = workbook.worksheets.map((ws) => {
    const formulas: [string, string][] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = cell.formula;
        if (typeof formula === "string" && callsAddinFunction(formula))
          formulas.push([cell.address, shownFormula(formula)]);
      }),
    );
    return {
      name: ws.name,
      columnWidths: (ws.columns ?? []).flatMap((column, i) =>
        column.width === undefined ? [] : [[i + 1, column.width]],
      ),
      merges: ws.model.merges ?? [],
      state: ws.state,
      formulas,
    };
  });
  return JSON.stringify({ name: name === "" || name === "demo" ? DEMO_WORKBOOK : name, book, layout });
}

async function staticFile(pathname: string, dist: string): Promise<{ body: Buffer | string; type: string }> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new HttpError(400, `Bad path: ${pathname}`);
  }
  const path = resolve(dist, `.${decoded}`);
  const inside = relative(dist, path);
  if (inside.startsWith("..") || isAbsolute(inside)) throw new HttpError(404, "Not found");
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new HttpError(404, `Not found: ${pathname}`);
  const type = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
  if (inside === "taskpane.html")
    return { body: (await readFile(path, "utf8")).replace(OFFICE_JS, ""), type };
  return { body: await readFile(path), type };
}

async function handle(request: IncomingMessage, response: ServerResponse, site: Site): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const send = (status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}) => {
    response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", ...extra });
    response.end(request.method === "HEAD" ? undefined : body);
  };
  try {
    if (request.method !== "GET" && request.method !== "HEAD") throw new HttpError(405, "Only GET and HEAD");
    if (url.pathname === "/") return send(302, "text/plain", "", { Location: `/preview.html${url.search}` });
    if (url.pathname === "/api/book")
      return send(200, CONTENT_TYPES[".json"] ?? "", await bookJson(url, site));
    const file = await staticFile(url.pathname, site.dist);
    return send(200, file.type, file.body);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 500) console.error(`PropDesk preview: ${request.url}: ${message}`);
    if (url.pathname === "/api/book")
      send(status, CONTENT_TYPES[".json"] ?? "", JSON.stringify({ error: message }));
    else send(status, "text/plain; charset=utf-8", message);
  }
}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: String(DEFAULT_PREVIEW_PORT) },
      dist: { type: "string" },
      books: { type: "string", multiple: true, default: [] },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not "${values.port}"`);
  const work = await mkdtemp(join(tmpdir(), "propdesk-preview-"));
  const cleanUp = () => rm(work, { recursive: true, force: true });
  try {
    const dist = values.dist === undefined ? join(work, "dist") : resolve(values.dist);
    if (values.dist === undefined) {
      const started = Date.now();
      await build(dist);
      console.log(`PropDesk preview: built in ${Date.now() - started} ms`);
    } else if (!existsSync(join(dist, "preview.html"))) {
      throw new Error(`--dist ${dist} has no preview.html (build with: npm run build:dev)`);
    }
    const site: Site = {
      dist,
      books: [...values.books.map((dir) => resolve(dir)), join(root, "test", "fixtures"), root],
      demo: demoMaker(work),
    };
    const server = createServer((request, response) => void handle(request, response, site));
    await new Promise<void>((done, fail) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        fail(error.code === "EADDRINUSE" ? new Error(`port ${port} is in use (try --port 0)`) : error),
      );
      server.listen(port, "127.0.0.1", () => done());
    });
    const address = server.address();
    const actual = typeof address === "object" && address !== null ? address.port : port;
    console.log(`PropDesk preview: http://localhost:${actual}/preview.html`);
    const stop = (signal: string) => {
      console.log(`PropDesk preview: stopping (${signal})`);
      server.close(() => void cleanUp().then(() => process.exit(0)));
      server.closeAllConnections();
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

// Runs as a script (`node cli/run-ts.mjs scripts/preview-server.ts`); importing it (tests) only gives the exports.
if (/preview-server\.ts$/.test(process.argv[1] ?? "")) {
  await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`PropDesk preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
