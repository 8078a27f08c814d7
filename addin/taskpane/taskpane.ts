import "./taskpane.html";
import { JOBS } from "../../core/index";

/** Lists the jobs the core offers; the full task pane arrives with the add-in issue. */
function renderJobs(list: HTMLElement): void {
  for (const job of JOBS) {
    const item = document.createElement("li");
    item.textContent = `${job.title["zh-CN"]} (${job.id})`;
    list.appendChild(item);
  }
}

const list = document.getElementById("jobs");
if (list) renderJobs(list);
