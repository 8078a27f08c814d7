/** The path of the bundle's entry in `dir` (dist-cli/ unless given), built first when missing or out of date. */
export declare function ensureCliBundle(dir?: string): Promise<string>;
