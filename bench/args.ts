import { parseArgs } from "node:util";

/** A mistake on the bench command line: reported as its message alone, without a stack trace. */
export class BenchUsageError extends Error {
  override name = "BenchUsageError";
}

/** What the bench command line asks for. */
export interface BenchArgs {
  /** Sizes to run every selected case at, instead of each case's defaults. */
  sizes?: number[];
  /** Names of the cases to run; all when absent. */
  cases?: string[];
}

/**
 * Reads `--sizes 1000,100000` and `--case name` (repeatable) from the command line.
 * @example parseBenchArgs(["--sizes", "1000,1e5", "--case", "gridGroupSum"])
 */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgsOrExplain(argv);
  const args: BenchArgs = {};
  if (values.sizes !== undefined) args.sizes = parseSizes(values.sizes);
  if (values.case !== undefined)
    args.cases = values.case.flatMap((c) => c.split(",")).filter((c) => c !== "");
  return args;
}

/** Parses a comma-separated list of positive whole row counts. */
function parseSizes(text: string): number[] {
  return text.split(",").map((part) => {
    const size = Number(part.trim().replace(/_/g, ""));
    if (!Number.isSafeInteger(size) || size <= 0)
      throw new BenchUsageError(`--sizes: "${part}" is not a positive whole number`);
    return size;
  });
}

/** Node's `parseArgs` for the bench flags, its errors turned into usage errors that name the accepted flags. */
function parseArgsOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { sizes: { type: "string" }, case: { type: "string", multiple: true } },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BenchUsageError(`${reason}\nusage: bench [--sizes 1000,100000] [--case name]...`);
  }
}
