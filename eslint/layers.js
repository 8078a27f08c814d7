import { dirname, relative, resolve, sep } from "node:path";

/**
 * The core's layers, lowest first. A file may import its own layer and the layers below it, never above; a
 * job folder (core/jobs/<job>/ or core/jobs/finance/<job>/) never imports another job's folder. Tests and test
 * kits beside the code are held only to the job rule: a job's tests use no other job, though they may run the
 * registry's pipeline.
 */
const LAYERS = [
  { name: "values", test: (p) => /^core\/(values|i18n)\//.test(p) || p === "core/issues.ts" },
  { name: "tables, sheets and calendar", test: (p) => /^core\/(table|sheets|calendar)\//.test(p) },
  { name: "domain modules", test: (p) => /^core\/(receivables|catalog|people|functions)\//.test(p) },
  {
    name: "the job and host contracts",
    test: (p) => /^core\/jobs\/(job|chart|periodDefaults|reportJson)\.ts$/.test(p) || p === "core/host.ts",
  },
  { name: "a job", test: (p) => jobOf(p) !== null },
  { name: "the registry", test: (p) => /^core\/jobs\/[^/]+\.ts$/.test(p) },
  {
    name: "the demo and the public API",
    test: (p) => p.startsWith("core/demo/") || /^core\/(index|light|runtime)\.ts$/.test(p),
  },
];

/** The job folder a repository path is in (`inventory`, `finance/advances`), or null. */
function jobOf(path) {
  const m = /^core\/jobs\/(finance\/[^/]+|(?!finance\/)[^/]+)\//.exec(path);
  return m === null ? null : m[1];
}

function layerOf(path) {
  const i = LAYERS.findIndex((l) => l.test(path));
  return i < 0 ? null : i;
}

const isTest = (path) => /\.(test|testkit)\.ts$/.test(path) || /\.property\.test\.ts$/.test(path);

/** The repository path (with `/`) of a relative import written in `file`, with `.ts` added when missing. */
function target(root, file, source) {
  const absolute = resolve(dirname(file), source);
  const path = relative(root, absolute).split(sep).join("/");
  return /\.(ts|js|mjs|json)$/.test(path) ? path : `${path}.ts`;
}

/** ESLint rule `propdesk/layers`: the core's layers and the wall between jobs. */
export const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep core's layers one way and every job's folder its own" },
    schema: [],
    messages: {
      otherJob:
        "A job imports no other job: '{{source}}' is in {{other}}; move what both need below the jobs.",
      upward: "'{{source}}' is in {{to}}, above {{from}}: a layer imports only its own and lower layers.",
      demo: "A job imports no demo: '{{source}}' builds other jobs' sample sheets; test the job on its own workbooks.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename).split(sep).join("/");
    if (!file.startsWith("core/")) return {};
    const fromJob = jobOf(file);
    const fromLayer = layerOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = target(root, context.filename, source);
      if (!to.startsWith("core/")) return;
      const toJob = jobOf(to);
      if (fromJob !== null && toJob !== null && toJob !== fromJob) {
        context.report({
          node: node.source,
          messageId: "otherJob",
          data: { source, other: `core/jobs/${toJob}/` },
        });
        return;
      }
      if (fromJob !== null && to.startsWith("core/demo/")) {
        context.report({ node: node.source, messageId: "demo", data: { source } });
        return;
      }
      if (isTest(file) || isTest(to)) return;
      const toLayer = layerOf(to);
      if (fromLayer !== null && toLayer !== null && toLayer > fromLayer)
        context.report({
          node: node.source,
          messageId: "upward",
          data: { source, to: LAYERS[toLayer].name, from: LAYERS[fromLayer].name },
        });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

/** The local plugin holding the rule. */
export const propdeskPlugin = { rules: { layers: layersRule } };
