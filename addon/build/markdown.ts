// A small Markdown → HTML converter for the field guide (headings, paragraphs, lists, tables, emphasis, code, links, images).

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Inline marks: `code`, **bold**, *italic* / _italic_, [text](url), ![alt](src). */
export function inline(text: string): string {
  const codes: string[] = [];
  let s = text.replace(/`([^`]+)`/g, (_, c: string) => {
    codes.push(`<code>${escapeHtml(c)}</code>`);
    return `\u00a7\u00a7${codes.length - 1}\u00a7\u00a7`;
  });
  s = escapeHtml(s)
    // Apps Script cannot serve the repository's pictures: the sidebar shows the text alone.
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t: string, href: string) =>
      /^https?:\/\//.test(href) ? `<a href="${href}" target="_blank" rel="noopener">${t}</a>` : t,
    )
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)/g, "$1<em>$2</em>")
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, "$1<em>$2</em>");
  return s.replace(/\u00a7\u00a7(\d+)\u00a7\u00a7/g, (_, i: string) => codes[Number(i)] ?? "");
}

/** Block structure: # headings, blank-line paragraphs, -/1. lists, | tables |, > notes; HTML comments dropped. */
export function markdownToHtml(md: string): string {
  const lines = md.replace(/<!--[\s\S]*?-->/g, "").split(/\r?\n/);
  const out: string[] = [];
  let para: string[] = [];
  let list: { tag: "ul" | "ol"; items: string[] } | undefined;
  let table: string[][] | undefined;
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(" "))}</p>`);
    para = [];
    if (list)
      out.push(
        `<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`,
      );
    list = undefined;
    if (table) {
      const [head, ...body] = table.filter((r) => !r.every((c) => /^:?-+:?$/.test(c)));
      const row = (cells: string[], tag: string) =>
        `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join("")}</tr>`;
      out.push(
        `<table><thead>${row(head ?? [], "th")}</thead><tbody>${body.map((r) => row(r, "td")).join("")}</tbody></table>`,
      );
    }
    table = undefined;
  };
  for (const raw of lines) {
    // A line holding only a picture is left out whole.
    const line = /^!\[[^\]]*\]\([^)]*\)$/.test(raw.trim()) ? "" : raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    if (line.trim() === "") flush();
    else if (heading) {
      flush();
      const level = (heading[1] as string).length;
      out.push(`<h${level}>${inline(heading[2] as string)}</h${level}>`);
    } else if (line.startsWith("|")) {
      if (!table) flush();
      table ??= [];
      table.push(
        line
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim()),
      );
    } else if (bullet || numbered) {
      const tag = bullet ? "ul" : "ol";
      if (para.length || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push(((bullet ?? numbered) as RegExpExecArray)[1] as string);
    } else if (list && /^\s+\S/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else if (line.startsWith(">")) {
      flush();
      out.push(`<p class="notice">${inline(line.replace(/^>\s?/, ""))}</p>`);
    } else {
      if (list || table) flush();
      para.push(line.trim());
    }
  }
  flush();
  return out.join("\n");
}
