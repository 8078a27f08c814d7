import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";

/** A regular expression found in the sources, where it is, without `g` and `y` (one match is what a start costs). */
export interface FoundRegex {
  where: string;
  regex: RegExp;
}

/** One kind of input: a unit repeated after a lead, then a character that makes the match fail. */
interface Kind {
  lead: string;
  unit: string;
}

/** What follows a run to make a match fail, or what a pair repeats with. */
const PARTNERS = [" ", "1", ":", "(", "a", "<", '"'];

/** The expression without `g` and `y`. */
export function bare(regex: RegExp): RegExp {
  return new RegExp(regex.source, [...regex.flags].filter((f) => f !== "g" && f !== "y").join(""));
}

/** Every regular expression literal of a source file, found by the TypeScript parser. */
export function regexLiteralsOf(path: string, root: string): FoundRegex[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const end = text.lastIndexOf("/");
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({
        where: `${relative(root, path)}:${line}`,
        regex: bare(new RegExp(text.slice(1, end), text.slice(end + 1))),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every expression built with `new RegExp` while `run` runs, by a caller whose stack line includes `from`. */
export async function regexesBuiltBy(from: string, run: () => unknown): Promise<FoundRegex[]> {
  const found: FoundRegex[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = new Error().stack
        ?.split("\n")
        .find((l) => l.includes(from) && !l.includes("node_modules"));
      if (caller !== undefined) found.push({ where: caller.trim(), regex: bare(made) });
      return made;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

/** An input of a kind, about `length` characters long. */
function inputOf(kind: Kind, length: number): string {
  return `${kind.lead}${kind.unit.repeat(Math.ceil(length / kind.unit.length))}\u0001`;
}

/** How long one match of the expression takes on the input, in milliseconds. */
export function matchTime(regex: RegExp, input: string): number {
  const start = performance.now();
  regex.exec(input);
  return performance.now() - start;
}

/**
 * The input of about `length` characters of the kind the expression takes longest on: each character it names and
 * each of `suspects`, alone (after a lead of its own or not) or paired with a partner, judged on short inputs first.
 */
export function worstInput(regex: RegExp, suspects: readonly string[], length: number): string {
  const units = new Set([...suspects, ...regex.source]);
  const kinds: Kind[] = [];
  for (const unit of units) {
    kinds.push({ lead: "", unit }, { lead: "1", unit }, { lead: "<", unit });
    for (const partner of PARTNERS) kinds.push({ lead: "", unit: unit + partner });
  }
  let worst: Kind = { lead: "", unit: " " };
  let most = -1;
  for (const kind of kinds) {
    const ms = matchTime(regex, inputOf(kind, 2_000));
    if (ms > most) {
      most = ms;
      worst = kind;
    }
  }
  return inputOf(worst, length);
}
