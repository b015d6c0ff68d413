// Drives the preview's sidebar in Chromium: open a page by its menu item, show it alone at sidebar size, run axe-core on it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";
import type { Stack } from "./stack.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.1 level A and AA, as the issue asks; axe's best-practice rules are not run. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Google Sheets' sidebar is 300 px wide; 480 px is a small laptop screen with the browser's bars. */
export const SIDEBAR_VIEWPORT = { width: 300, height: 480 };

/** Runs a menu item on the preview page and waits for the sidebar it opens; returns its frame. */
export async function openFromMenu(stack: Stack, item: string, title?: string): Promise<Frame> {
  const page = stack.page;
  const before = await page.locator("#sidebar-frame").getAttribute("src");
  await stack.menu(item);
  await page.waitForFunction(
    ([prev, want]) => {
      const src = document.querySelector<HTMLIFrameElement>("#sidebar-frame")?.getAttribute("src");
      const shown = document.querySelector("#sidebar-title")?.textContent ?? "";
      return !!src && src !== prev && src !== "about:blank" && (!want || shown === want);
    },
    [before, title ?? ""] as const,
    { timeout: 30_000 },
  );
  const src = (await page.locator("#sidebar-frame").getAttribute("src")) ?? "";
  const handle = await page.locator("#sidebar-frame").elementHandle();
  for (let i = 0; i < 100; i++) {
    const frame = await handle?.contentFrame();
    if (frame?.url().endsWith(src)) {
      await frame.waitForSelector("#app > *");
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`the sidebar frame did not load ${src}`);
}

/** The sidebar now open on the preview, alone in its own page at sidebar size (the same document). */
export async function sidebarAlone(stack: Stack, viewport = SIDEBAR_VIEWPORT): Promise<Page> {
  const src = await stack.page.locator("#sidebar-frame").getAttribute("src");
  const page = await stack.browser.newPage({ viewport, locale: "en-US" });
  await page.goto(new URL(src ?? "", stack.previewUrl).href);
  await page.waitForSelector("#app > *");
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 A/AA violations on the document of a page or frame. */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await target.evaluate(() => "axe" in window);
  if (!loaded) await target.addScriptTag({ content: AXE_SOURCE });
  return target.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: "tag", values: tags } })) as {
      violations: AxeViolation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** Readable list for an assertion message. */
export function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
    )
    .join("\n");
}

/** Text in the page that looks like a catalogue key the page's bundle lacks (t() falls back to the key). */
export async function rawKeys(target: Page | Frame): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: only rendered text, not the page's script
  const text = await target.evaluate(() => document.body.innerText);
  return [
    ...text.matchAll(
      /\b(?:field|choice|help|error|sidebar|settings|check|shared|search|rule|nik|kk|section|draft|report|menu)\.[a-z_]+(?:\.[a-z0-9_]+)*\b/g,
    ),
  ].map((m) => m[0]);
}

/** No WCAG 2.1 A/AA violation and no untranslated catalogue key on the page, `what` naming its state. */
export async function expectAccessible(target: Page | Frame, what: string): Promise<void> {
  const violations = await axeViolations(target);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
  expect(await rawKeys(target), `${what}: untranslated keys`).toEqual([]);
}
