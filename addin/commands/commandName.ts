/** The ribbon function (manifest `FunctionName`) that runs a job: `run` + the job id in PascalCase. @example commandName("purchase-plan") === "runPurchasePlan" */
export function commandName(jobId: string): string {
  const words = jobId.split(/[^A-Za-z0-9]+/).filter((w) => w !== "");
  return `run${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("")}`;
}
