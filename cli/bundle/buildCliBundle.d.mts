import type { Metafile } from "esbuild";

/** One build of the command line. */
export interface CliBuild {
  /** The bundle's folder. */
  outDir: string;
  /** The entry's path: `<outDir>/propdesk.mjs`. */
  entry: string;
  /** The files written, relative to `outDir`. */
  outputs: string[];
  /** esbuild's account of the build: each output's inputs and its imports, static and dynamic. */
  metafile: Metafile;
  /** How long the build took, in milliseconds. */
  ms: number;
}

/** Builds the command line into `outDir` (dist-cli/ unless given) and records what it was built from. */
export declare function buildCliBundle(options?: { outDir?: string }): Promise<CliBuild>;
