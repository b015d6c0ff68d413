// The field guide's Markdown becomes the Bantuan page's HTML: blocks, inline marks, no pictures, nothing unescaped.
import { describe, expect, it } from "vitest";
import { inline, markdownToHtml } from "../../addon/build/markdown.ts";

describe("markdownToHtml", () => {
  it("turns headings, paragraphs, lists and tables into HTML", () => {
    const html = markdownToHtml(
      "# Judul\n\nSatu\nbaris.\n\n- a\n- b\n  lanjut\n\n1. x\n2. y\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n",
    );
    expect(html).toBe(
      [
        "<h1>Judul</h1>",
        "<p>Satu baris.</p>",
        "<ul><li>a</li><li>b lanjut</li></ul>",
        "<ol><li>x</li><li>y</li></ol>",
        "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
      ].join("\n"),
    );
  });

  it("marks bold, italic, code and outside links, escapes HTML and drops pictures and comments", () => {
    expect(inline("**Simpan**, *Bagian*, `npm run guide`, <b>")).toBe(
      "<strong>Simpan</strong>, <em>Bagian</em>, <code>npm run guide</code>, &lt;b&gt;",
    );
    expect(inline("[situs](https://example.org) [lokal](docs/x.md)")).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener">situs</a> lokal',
    );
    expect(markdownToHtml("![Menu](panduan/menu.png)\n\n<!-- catatan -->\nTeks")).toBe(
      "<p>Teks</p>",
    );
  });
});
