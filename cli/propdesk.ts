/**
 * The command line as a program: the entry of the bundle `npm run build:cli` makes (dist-cli/propdesk.mjs),
 * which cli/bin.mjs runs. Runs {@link main} on the process's arguments and leaves its exit code.
 */
import { ignoreClosedReader } from "./closedReader";
import { main } from "./main";

ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);
process.exitCode = await main(process.argv.slice(2));
