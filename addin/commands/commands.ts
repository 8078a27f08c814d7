import "./commands.html";
import { registerCommands, type OfficeForCommands } from "./ribbon";

declare const Office: OfficeForCommands | undefined;

if (typeof Office !== "undefined") registerCommands(Office);
