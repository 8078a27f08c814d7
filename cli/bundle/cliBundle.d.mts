/** What a build of the command line wrote and read, kept beside the bundle as `build.json`. */
export interface BuildRecord {
  /** The files written, relative to the bundle's folder (entry last). */
  outputs: string[];
  /** Every source read, relative to the repository, with its modification time then (-1: changed while building). */
  sources: Record<string, number>;
}

/** The repository's root folder. */
export declare const REPOSITORY_ROOT: string;
/** The folder `npm run build:cli` writes the bundle to (gitignored): the entry, `chunks/` and the build record. */
export declare const CLI_BUNDLE_DIR: string;
/** The bundle's entry file in a bundle folder; running it runs the command line on the process's arguments. */
export declare const ENTRY_FILE: string;
/** The build record's file in a bundle folder: the outputs written and each source's modification time. */
export declare const BUILD_RECORD_FILE: string;
/** The build record of the bundle in `dir`, or undefined when there is none (or it cannot be read). */
export declare function readBuildRecord(dir: string): BuildRecord | undefined;
/** True when the bundle in `dir` is whole and was built from the sources as they are now. */
export declare function isCliBundleCurrent(dir?: string): boolean;
