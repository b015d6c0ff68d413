// Sidebar entry: reads the boot data Apps Script appended to the page and renders the requested page.
import { getFormSpec, hasFormSpec } from "../../core/forms/index.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { renderCheckSummary } from "./check-summary-view.ts";
import { renderForm } from "./form-view.ts";
import { renderSettings } from "./settings-view.ts";
import { renderSharedSummary } from "./shared-summary-view.ts";

function start(): void {
  const bootEl = document.getElementById("pilah-boot");
  const root = document.getElementById("app");
  if (!bootEl || !root) return;
  const boot = JSON.parse(bootEl.textContent ?? "{}") as SidebarBoot;
  document.documentElement.lang = boot.lang;
  if (boot.page === "settings") renderSettings(root, boot);
  else if (boot.page === "check") renderCheckSummary(root, boot);
  else if (boot.page === "shared") renderSharedSummary(root, boot);
  else if (hasFormSpec(boot.page)) renderForm(root, getFormSpec(boot.page), boot);
}

// The boot data is appended after this script by HtmlOutput.append, so wait for the whole document.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
