// Sidebar entry: reads the boot data Apps Script put ahead of this script and renders the page.
import type { SidebarBoot } from "../shared/rpc-api.ts";

export type PageRenderer = (root: HTMLElement, boot: SidebarBoot) => void;

/** Each page's bundle calls this with its own renderer (the build makes one bundle per page). */
export function startPage(render: PageRenderer): void {
  const bootEl = document.getElementById("pilah-boot");
  const root = document.getElementById("app");
  if (!bootEl || !root) return;
  const boot = JSON.parse(bootEl.textContent ?? "{}") as SidebarBoot;
  document.documentElement.lang = boot.lang;
  if (boot.title) document.title = boot.title;
  render(root, boot);
}
