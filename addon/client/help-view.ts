// Bantuan: the field guide (docs/panduan-lapangan.md), made into HTML when the add-on is built.
import { GUIDE_HTML } from "pilah:guide";
import type { SidebarBoot } from "../shared/rpc-api.ts";

export function renderHelp(root: HTMLElement, boot: SidebarBoot): void {
  const article = document.createElement("article");
  article.className = "guide";
  // The guide is Indonesian whatever the user's language.
  article.lang = "id";
  // Trusted: written in the repository and converted at build time, never user input.
  article.innerHTML = GUIDE_HTML;
  root.replaceChildren(article);
  void boot;
}
