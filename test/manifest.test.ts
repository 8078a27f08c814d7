/**
 * Offline checks of manifest.xml: what can be verified without Microsoft's validation service
 * (`npm run validate`). No XML library is installed, so a minimal parser below reads the manifest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commandName } from "../addin/commands/commandName";
import { FUNCTION_NAMESPACE, JOBS } from "../core/index";
import { FUNCTIONS_METADATA_FILES } from "../addin/functions/metadataFiles";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, renderIcon } from "../scripts/make-icons";
import {
  DEV_BASE_URL,
  DEV_ORIGIN,
  checkBaseUrl,
  originOf,
  substituteBaseUrl,
} from "../scripts/manifestBase.mjs";
import { decodePng, readPngSize } from "../scripts/png";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifestText = readFileSync(resolve(root, "manifest.xml"), "utf8");

// ---------------------------------------------------------------------------------------------------------
// A minimal XML parser: elements, attributes, text, comments, processing instructions and the five
// predefined entities plus character references. Enough for an add-in manifest; rejects DOCTYPE and CDATA.

interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Text directly inside this element, entities decoded, concatenated. */
  text: string;
  line: number;
}

const NAME = /[A-Za-z_][A-Za-z0-9_.:-]*/y;
const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/y;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function parseXml(source: string): XmlElement {
  let pos = source.startsWith("\uFEFF") ? 1 : 0;
  const fail = (message: string): never => {
    const line = source.slice(0, pos).split("\n").length;
    throw new Error(`XML error at line ${line}: ${message}`);
  };
  const lineAt = (): number => source.slice(0, pos).split("\n").length;
  const readName = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(source);
    if (!match) return fail(`expected a name, found ${JSON.stringify(source.slice(pos, pos + 10))}`);
    pos += match[0].length;
    return match[0];
  };
  const skipSpace = (): boolean => {
    const start = pos;
    while (pos < source.length && " \t\r\n".includes(source[pos]!)) pos++;
    return pos > start;
  };
  const decode = (raw: string): string => {
    let out = "";
    for (let i = 0; i < raw.length;) {
      const amp = raw.indexOf("&", i);
      if (amp < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, amp);
      ENTITY.lastIndex = amp;
      const match = ENTITY.exec(raw);
      if (!match) return fail(`bad entity reference ${JSON.stringify(raw.slice(amp, amp + 10))}`);
      if (match[1] !== undefined) out += String.fromCodePoint(parseInt(match[1], 16));
      else if (match[2] !== undefined) out += String.fromCodePoint(parseInt(match[2], 10));
      else out += NAMED[match[3]!];
      i = amp + match[0].length;
    }
    return out;
  };

  if (source.startsWith("<?xml", pos)) {
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unterminated XML declaration");
    pos = end + 2;
  }
  const stack: XmlElement[] = [];
  let rootElement: XmlElement | undefined;
  while (pos < source.length) {
    const lt = source.indexOf("<", pos);
    const textEnd = lt < 0 ? source.length : lt;
    const text = source.slice(pos, textEnd);
    if (text.includes(">") && text.includes("]]>")) fail("]]> in text");
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(text);
    else if (text.trim() !== "")
      fail(`text outside the root element: ${JSON.stringify(text.trim().slice(0, 20))}`);
    pos = textEnd;
    if (pos >= source.length) break;

    if (source.startsWith("<!--", pos)) {
      const end = source.indexOf("-->", pos + 4);
      if (end < 0) fail("unterminated comment");
      if (source.slice(pos + 4, end).includes("--")) fail("-- inside a comment");
      pos = end + 3;
    } else if (source.startsWith("<?", pos)) {
      const end = source.indexOf("?>", pos);
      if (end < 0) fail("unterminated processing instruction");
      if (/^<\?xml[\s?]/i.test(source.slice(pos, pos + 6))) fail("XML declaration not at the start");
      pos = end + 2;
    } else if (source.startsWith("<!", pos)) {
      fail("DOCTYPE and CDATA are not expected in a manifest");
    } else if (source.startsWith("</", pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      if (source[pos] !== ">") fail(`expected > to close </${name}`);
      pos++;
      const open = stack.pop();
      if (!open) fail(`</${name}> without an open element`);
      if (open!.name !== name) fail(`</${name}> closes <${open!.name}> (line ${open!.line})`);
    } else {
      pos++;
      const element: XmlElement = {
        name: readName(),
        attributes: new Map(),
        children: [],
        text: "",
        line: lineAt(),
      };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
      else if (rootElement) fail(`second root element <${element.name}>`);
      else rootElement = element;
      for (;;) {
        const spaced = skipSpace();
        if (source.startsWith("/>", pos)) {
          pos += 2;
          break;
        }
        if (source[pos] === ">") {
          pos++;
          stack.push(element);
          break;
        }
        if (pos >= source.length) fail(`unterminated <${element.name}>`);
        if (!spaced) fail(`expected whitespace before an attribute of <${element.name}>`);
        const attribute = readName();
        skipSpace();
        if (source[pos] !== "=") fail(`expected = after ${attribute}`);
        pos++;
        skipSpace();
        const quote = source[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attribute} is not quoted`);
        const end = source.indexOf(quote!, pos + 1);
        if (end < 0) fail(`unterminated value of ${attribute}`);
        const raw = source.slice(pos + 1, end);
        if (raw.includes("<")) fail(`< in the value of ${attribute}`);
        if (element.attributes.has(attribute)) fail(`duplicate attribute ${attribute} on <${element.name}>`);
        element.attributes.set(attribute, decode(raw));
        pos = end + 1;
      }
    }
  }
  if (stack.length > 0)
    fail(`<${stack[stack.length - 1]!.name}> (line ${stack[stack.length - 1]!.line}) is never closed`);
  if (!rootElement) return fail("no root element");
  return rootElement;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers over the parsed tree

function descendants(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (name === undefined || c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}

function only(element: XmlElement, path: string): XmlElement {
  let current = element;
  for (const name of path.split("/")) {
    const found = current.children.filter((c) => c.name === name);
    if (found.length !== 1)
      throw new Error(`expected one <${name}> in <${current.name}>, found ${found.length}`);
    current = found[0]!;
  }
  return current;
}

function attr(element: XmlElement, name: string): string {
  const value = element.attributes.get(name);
  if (value === undefined) throw new Error(`<${element.name}> (line ${element.line}) has no ${name}`);
  return value;
}

const childNames = (element: XmlElement): string[] => element.children.map((c) => c.name);

/** DefaultValue and every Override of a locale-aware setting, keyed by locale ("" for the default). */
function localised(element: XmlElement): Map<string, string> {
  const values = new Map([["", attr(element, "DefaultValue")]]);
  for (const o of element.children) {
    expect(["Override", "bt:Override"]).toContain(o.name);
    expect(values.has(attr(o, "Locale")), `duplicate override ${attr(o, "Locale")}`).toBe(false);
    values.set(attr(o, "Locale"), attr(o, "Value"));
  }
  return values;
}

const manifest = parseXml(manifestText);
const versionOverrides = only(manifest, "VersionOverrides");
const resources = only(versionOverrides, "Resources");
const host = only(versionOverrides, "Hosts/Host");
const formFactor = only(host, "DesktopFormFactor");

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];

/** Every resource definition, with its kind. */
const definitions = RESOURCE_KINDS.flatMap((kind) =>
  only(resources, kind).children.map((element) => ({ kind, id: attr(element, "id"), element })),
);
function resource(id: string): XmlElement {
  const found = definitions.filter((d) => d.id === id);
  if (found.length !== 1) throw new Error(`resource ${id} is defined ${found.length} times`);
  return found[0]!.element;
}

/** Which kind of resource a `resid` on each element must name. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  "bt:Image": "bt:Images",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  SourceLocation: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
  Namespace: "bt:ShortStrings",
};

/** Every attribute value and text in the manifest that is a URL (namespace declarations are names, not URLs). */
function urls(element: XmlElement): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  for (const e of [element, ...descendants(element)]) {
    for (const [name, value] of e.attributes) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value))
        found.push({ where: `<${e.name}> ${name} (line ${e.line})`, url: value });
    }
    const text = e.text.trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(text))
      found.push({ where: `<${e.name}> text (line ${e.line})`, url: text });
  }
  return found;
}

/** Checks that every URL is https under `base`, the AppDomain being base's origin; returns how many it saw. */
function expectUrlsUnder(tree: XmlElement, base: string): number {
  const found = urls(tree);
  for (const { where, url } of found) {
    if (where.startsWith("<AppDomain>")) expect(url, where).toBe(originOf(base));
    else expect(url.startsWith(base), `${where}: ${url} is not under ${base}`).toBe(true);
    expect(url.startsWith("https://"), `${where}: ${url}`).toBe(true);
  }
  return found.length;
}

const LOCALES = ["zh-TW", "en-US"];

/**
 * The files a production build writes besides its chunks: each entry's bundle (`[name].js`) and what the plugins
 * emit, found by running webpack.config.js's plugins against a stand-in compiler (no bundling).
 */
async function buildFiles(): Promise<string[]> {
  type Tap = (...args: unknown[]) => unknown;
  type Plugin = { apply(compiler: unknown): void };
  const { default: makeConfig } = (await import(pathToFileURL(resolve(root, "webpack.config.js")).href)) as {
    default: (
      env: object,
      argv: { mode: string },
    ) => Promise<{ entry: Record<string, string>; plugins: Plugin[] }>;
  };
  const config = await makeConfig({}, { mode: "production" });
  const files = Object.keys(config.entry).map((name) => `${name}.js`);
  const steps: Tap[] = [];
  const compilation = {
    fileDependencies: new Set<string>(),
    contextDependencies: new Set<string>(),
    emitAsset: (file: string) => files.push(file),
    hooks: {
      processAssets: {
        tap: (_o: unknown, fn: Tap) => steps.push(fn),
        tapPromise: (_o: unknown, fn: Tap) => steps.push(fn),
      },
    },
  };
  const compiler = {
    webpack: { Compilation: { PROCESS_ASSETS_STAGE_ADDITIONAL: 0 }, sources: { RawSource: class {} } },
    hooks: { thisCompilation: { tap: (_name: string, fn: Tap) => fn(compilation) } },
  };
  for (const plugin of config.plugins) plugin.apply(compiler);
  for (const step of steps) await step();
  return files;
}

// ---------------------------------------------------------------------------------------------------------

describe("the test's XML parser", () => {
  it("rejects what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow(/closes/);
    expect(() => parseXml("<a x=1/>")).toThrow(/not quoted/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate attribute/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity/);
    expect(() => parseXml("<a>")).toThrow(/never closed/);
    expect(() => parseXml("<a/><b/>")).toThrow(/second root/);
    expect(() => parseXml('<a x="1"y="2"/>')).toThrow(/whitespace/);
    expect(() => parseXml("<a><!-- x -- y --></a>")).toThrow(/comment/);
  });

  it("reads attributes, text and entities", () => {
    const tree = parseXml(`<?xml version="1.0"?>\n<!-- c --><a k='v &amp; w'>x &lt; y<b/>&#x4E2D;</a>`);
    expect(tree.attributes.get("k")).toBe("v & w");
    expect(tree.text).toBe("x < y中");
    expect(childNames(tree)).toEqual(["b"]);
  });
});

describe("manifest.xml", () => {
  it("is a well-formed UTF-8 TaskPaneApp manifest of schema 1.1", () => {
    expect(manifestText.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(manifest.name).toBe("OfficeApp");
    expect(attr(manifest, "xmlns")).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(attr(manifest, "xsi:type")).toBe("TaskPaneApp");
    expect(attr(versionOverrides, "xmlns")).toBe(
      "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
    );
    expect(attr(versionOverrides, "xsi:type")).toBe("VersionOverridesV1_0");
  });

  it("keeps elements in the order the schemas require", () => {
    expect(childNames(manifest)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    expect(childNames(versionOverrides)).toEqual(["Requirements", "Hosts", "Resources"]);
    expect(childNames(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expect(childNames(formFactor)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(childNames(only(formFactor, "GetStarted"))).toEqual(["Title", "Description", "LearnMoreUrl"]);
    expect(childNames(resources)).toEqual(RESOURCE_KINDS);
    for (const tab of descendants(manifest, "CustomTab")) expect(childNames(tab).at(-1)).toBe("Label");
    for (const group of descendants(manifest, "Group")) {
      expect(childNames(group).slice(0, 2)).toEqual(["Label", "Icon"]);
      expect(
        childNames(group)
          .slice(2)
          .every((n) => n === "Control"),
      ).toBe(true);
    }
    for (const control of descendants(manifest, "Control")) {
      expect(childNames(control)).toEqual(["Label", "Supertip", "Icon", "Action"]);
      expect(childNames(only(control, "Supertip"))).toEqual(["Title", "Description"]);
    }
  });

  it("has a GUID id, a four-part version, its provider, zh-CN default locale, Excel and ReadWriteDocument", () => {
    expect(only(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(only(manifest, "Version").text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    expect(only(manifest, "Version").text).toBe("1.0.0.0");
    expect(only(manifest, "ProviderName").text).toBe("PropDesk");
    expect(only(manifest, "DefaultLocale").text).toBe("zh-CN");
    expect(only(manifest, "Hosts").children.map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
    expect(attr(host, "xsi:type")).toBe("Workbook");
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("names and describes itself in zh-CN, zh-TW and en-US within the schema's lengths", () => {
    const names = localised(only(manifest, "DisplayName"));
    expect(Object.fromEntries(names)).toEqual({
      "": "PropDesk 物业办公助手",
      "zh-TW": "PropDesk 物業辦公助手",
      "en-US": "PropDesk",
    });
    const descriptions = localised(only(manifest, "Description"));
    expect([...descriptions.keys()].sort()).toEqual(["", ...LOCALES].sort());
    for (const value of names.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of descriptions.values()) expect(value.length).toBeLessThanOrEqual(250);
  });

  it("requires ExcelApi 1.12, and SharedRuntime 1.1 for the ribbon", () => {
    const base = only(manifest, "Requirements/Sets").children;
    expect(base.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([["ExcelApi", "1.12"]]);
    const overrides = only(versionOverrides, "Requirements/bt:Sets").children;
    expect(overrides.map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([
      ["SharedRuntime", "1.1"],
    ]);
  });

  it("runs the ribbon and the task pane in one long-lived shared runtime on the task pane page", () => {
    const runtime = only(host, "Runtimes/Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    const runtimeUrl = attr(runtime, "resid");
    expect(attr(only(formFactor, "FunctionFile"), "resid")).toBe(runtimeUrl);
    const showActions = descendants(manifest, "Action").filter((a) => attr(a, "xsi:type") === "ShowTaskpane");
    expect(showActions.length).toBeGreaterThan(0);
    for (const action of showActions) {
      expect(attr(only(action, "SourceLocation"), "resid")).toBe(runtimeUrl);
      expect(only(action, "TaskpaneId").text).toBe("PropDesk.Taskpane");
    }
    expect(attr(resource(runtimeUrl), "DefaultValue")).toBe(
      attr(only(manifest, "DefaultSettings/SourceLocation"), "DefaultValue"),
    );
    expect(attr(resource(runtimeUrl), "DefaultValue")).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("adds a PropDesk tab with a task pane button and the purchase-plan button", () => {
    const tab = only(formFactor, "ExtensionPoint/CustomTab");
    expect(Object.fromEntries(localised(resource(attr(only(tab, "Label"), "resid"))))).toEqual({
      "": "物业办公",
      "zh-TW": "物業辦公",
      "en-US": "PropDesk",
    });
    const controls = descendants(tab, "Control");
    const actions = controls.map((c) => attr(only(c, "Action"), "xsi:type"));
    expect(actions).toEqual(["ShowTaskpane", ...JOBS.map(() => "ExecuteFunction")]);
    const purchasePlan = controls[1]!;
    expect(attr(purchasePlan, "id")).toBe("PropDesk.purchase-plan");
    expect(only(purchasePlan, "Action/FunctionName").text).toBe("runPurchasePlan");
    expect(attr(resource(attr(only(purchasePlan, "Label"), "resid")), "DefaultValue")).toBe(
      "物资采购申请计划",
    );
    const ids = [tab, ...descendants(tab, "Group"), ...controls].map((e) => attr(e, "id"));
    expect(new Set(ids).size).toBe(ids.length);
    expect(controls.slice(1).map((c) => only(c, "Action/FunctionName").text)).toEqual(
      JOBS.map((j) => commandName(j.id)),
    );
    expect(controls.slice(1).map((c) => attr(c, "id"))).toEqual(JOBS.map((j) => `PropDesk.${j.id}`));
    for (const group of descendants(tab, "Group"))
      expect(descendants(group, "Control").length, attr(group, "id")).toBeLessThanOrEqual(6);
  });

  it("declares the PROPDESK worksheet functions in the shared runtime, with a metadata file the build writes per locale", async () => {
    const extension = only(host, "AllFormFactors/ExtensionPoint");
    expect(attr(extension, "xsi:type")).toBe("CustomFunctions");
    expect(childNames(extension)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const urlOf = (path: string) => localised(resource(attr(only(extension, path), "resid")));
    // The functions' page is the shared runtime's: the task pane page, whose taskpane.js associates them.
    const runtimeUrl = attr(only(host, "Runtimes/Runtime"), "resid");
    expect(attr(only(extension, "Page/SourceLocation"), "resid")).toBe(runtimeUrl);
    const emitted = await buildFiles();
    const script = urlOf("Script/SourceLocation");
    expect([...script.keys()]).toEqual([""]);
    expect(emitted, "the script is a bundle the build writes").toContain(
      script.get("")!.slice(DEV_BASE_URL.length),
    );
    expect(Object.fromEntries(localised(resource(attr(only(extension, "Namespace"), "resid"))))).toEqual({
      "": FUNCTION_NAMESPACE,
      "zh-TW": FUNCTION_NAMESPACE,
      "en-US": FUNCTION_NAMESPACE,
    });
    // One metadata file per locale of the manifest, each written by the build (webpack.config.js).
    const metadata = urlOf("Metadata/SourceLocation");
    expect([...metadata.keys()].sort()).toEqual(["", ...LOCALES].sort());
    for (const [locale, url] of metadata) {
      const file = FUNCTIONS_METADATA_FILES.find((f) => (f.locale ?? "") === locale)?.file;
      expect(url, locale || "default").toBe(`${DEV_BASE_URL}${file}`);
      expect(emitted, url).toContain(file);
    }
    expect(FUNCTIONS_METADATA_FILES).toHaveLength(metadata.size);
  });

  it("defines every resource id exactly once, uses every one, and refers to each with the right kind", () => {
    const counts = new Map<string, number>();
    for (const { id } of definitions) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const [id, count] of counts) {
      expect(count, `resource ${id}`).toBe(1);
      expect(id.length, `resource id ${id} is longer than 32 characters`).toBeLessThanOrEqual(32);
    }
    const references = descendants(manifest).filter((e) => e.attributes.has("resid"));
    expect(references.length).toBeGreaterThan(10);
    for (const reference of references) {
      const resid = attr(reference, "resid");
      const kind = REFERENCE_KIND[reference.name];
      expect(kind, `unexpected resid on <${reference.name}> line ${reference.line}`).toBeDefined();
      const defined = definitions.filter((d) => d.id === resid);
      expect(
        defined.length,
        `resid ${resid} on line ${reference.line} is defined ${defined.length} times`,
      ).toBe(1);
      expect(defined[0]!.kind, `resid ${resid} on line ${reference.line}`).toBe(kind);
    }
    const used = new Set(references.map((r) => attr(r, "resid")));
    expect(
      [...counts.keys()].filter((id) => !used.has(id)),
      "defined but never used",
    ).toEqual([]);
  });

  it("has every string in zh-CN, zh-TW and en-US within the schema's lengths", () => {
    for (const { kind, id, element } of definitions) {
      if (kind !== "bt:ShortStrings" && kind !== "bt:LongStrings") continue;
      const values = localised(element);
      expect([...values.keys()].sort(), id).toEqual(["", ...LOCALES].sort());
      for (const value of values.values()) {
        expect(value.trim().length, id).toBeGreaterThan(0);
        expect(value.length, id).toBeLessThanOrEqual(kind === "bt:ShortStrings" ? 125 : 250);
      }
    }
  });

  it(`puts every URL on https under ${DEV_BASE_URL}`, () => {
    expect(expectUrlsUnder(manifest, DEV_BASE_URL)).toBeGreaterThanOrEqual(11);
    expect(only(manifest, "AppDomains/AppDomain").text).toBe(DEV_ORIGIN);
  });

  it("points every icon at a PNG in assets/ whose size matches its name and its use", () => {
    const pngs = urls(manifest).filter(({ url }) => url.endsWith(".png"));
    expect(pngs.length).toBeGreaterThanOrEqual(6);
    const referenced = new Set<string>();
    for (const { where, url } of pngs) {
      const path = url.slice(DEV_BASE_URL.length);
      const match = /^assets\/icon-(\d+)\.png$/.exec(path);
      expect(match, `${where}: ${url}`).not.toBeNull();
      const file = resolve(root, path);
      expect(existsSync(file), `${where}: ${path} is missing`).toBe(true);
      const size = Number(match![1]);
      expect(readPngSize(readFileSync(file)), path).toEqual({ width: size, height: size });
      referenced.add(path);
    }
    const sizeOf = (url: string): number => Number(/icon-(\d+)\.png$/.exec(url)![1]);
    expect(sizeOf(attr(only(manifest, "IconUrl"), "DefaultValue"))).toBe(32);
    expect(sizeOf(attr(only(manifest, "HighResolutionIconUrl"), "DefaultValue"))).toBe(64);
    for (const icon of descendants(manifest, "Icon")) {
      const sizes = icon.children.map((image) => {
        const size = Number(attr(image, "size"));
        expect(sizeOf(attr(resource(attr(image, "resid")), "DefaultValue")), `line ${image.line}`).toBe(size);
        return size;
      });
      expect(sizes, `icon list on line ${icon.line}`).toEqual(expect.arrayContaining([16, 32, 80]));
    }
    const inAssets = readdirSync(resolve(root, "assets")).filter((f) => f.endsWith(".png"));
    expect(inAssets.map((f) => `assets/${f}`).sort()).toEqual([...referenced].sort());
  });
});

describe("assets/ icons", () => {
  it.each([...ICON_SIZES])("icon-%i.png is the drawing scripts/make-icons.ts makes", (size) => {
    const image = decodePng(readFileSync(resolve(root, `assets/icon-${size}.png`)));
    expect([image.width, image.height]).toEqual([size, size]);
    expect(
      Buffer.from(image.pixels).equals(Buffer.from(renderIcon(size).pixels)),
      "run node cli/run-ts.mjs scripts/make-icons.ts",
    ).toBe(true);
    const pixel = (x: number, y: number): number[] => [
      ...image.pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
    ];
    expect(pixel(0, 0)[3]).toBeLessThan(16); // rounded corner
    const [r, g, b, a] = pixel(1, Math.floor(size / 2)); // blue edge
    expect(a).toBe(255);
    expect(b! > r! + 100 && b! > g!).toBe(true);
    const [wr, wg, wb] = pixel(Math.floor(size / 2), Math.floor(size * 0.35)); // white roof
    expect(Math.min(wr!, wg!, wb!)).toBe(255);
  });
});

describe("production base URL substitution", () => {
  const production = "https://addin.example.cn/propdesk/";

  it("rejects a base that is not https, has no closing slash or is not a plain URL", () => {
    expect(() => checkBaseUrl("http://addin.example.cn/propdesk/")).toThrow(/https:\/\//);
    expect(() => substituteBaseUrl(manifestText, "http://addin.example.cn/")).toThrow(/https:\/\//);
    expect(() => checkBaseUrl("https://addin.example.cn/propdesk")).toThrow(/end with "\/"/);
    expect(() => checkBaseUrl("")).toThrow(/empty/);
    expect(() => checkBaseUrl(undefined)).toThrow(/empty/);
    expect(() => checkBaseUrl("https://")).toThrow();
    expect(() => checkBaseUrl("https:///")).toThrow();
    expect(() => checkBaseUrl("https://addin.example.cn/?v=1/")).toThrow();
    expect(() => checkBaseUrl("https://addin.example.cn/a b/")).toThrow();
    expect(() => checkBaseUrl('https://addin.example.cn/"x/')).toThrow();
    expect(() => checkBaseUrl("https://addin.example.cn/a&b/")).toThrow();
    expect(() => checkBaseUrl("https://addin.example.cn:99999/")).toThrow(/port/);
    expect(checkBaseUrl("https://addin.example.cn:8443/")).toBe("https://addin.example.cn:8443/");
    expect(checkBaseUrl(production)).toBe(production);
  });

  it("moves every URL under the production base and the AppDomain to its origin, changing nothing else", () => {
    const out = substituteBaseUrl(manifestText, production);
    const tree = parseXml(out);
    expect(expectUrlsUnder(tree, production)).toBe(urls(manifest).length);
    expect(only(tree, "AppDomains/AppDomain").text).toBe("https://addin.example.cn");
    expect(out).not.toContain("localhost:3000");
    const back = out.replaceAll(production, DEV_BASE_URL).replaceAll("https://addin.example.cn", DEV_ORIGIN);
    expect(back).toBe(manifestText);
  });

  it("refuses a manifest that does not use the development base", () => {
    expect(() => substituteBaseUrl("<OfficeApp/>", production)).toThrow(/nothing to substitute/);
  });
});
