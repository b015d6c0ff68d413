// The phone app's page weight: everything a first visit loads stays within 80 KB gzip; the service worker precaches all of it; no classic zod gets in.
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { classicZodInput } from "../../../addon/build/build.ts";
import { buildPhone, firstLoadGzip } from "../../../phone/build/build.ts";

/** The budget for the phone app's first load. */
const BUDGET = 80 * 1024;

describe("phone app build", () => {
  it("first load ≤ 80 KB gzip, and the service worker precaches every file", async () => {
    const files = await buildPhone();
    const size = firstLoadGzip(files);
    expect(size).toBeLessThanOrEqual(BUDGET);
    const sw = new TextDecoder().decode(files.get("sw.js"));
    for (const name of files.keys()) {
      if (name === "sw.js") continue;
      expect(sw).toContain(JSON.stringify(name === "index.html" ? "./" : name));
    }
    const html = new TextDecoder().decode(files.get("index.html"));
    expect(html).toContain('href="manifest.webmanifest"');
    expect(html).toContain('src="app.js"');
  }, 60_000);

  it("would stop if zod's classic API reached the app: the guard names it", async () => {
    const bundleOf = async (from: string) =>
      (
        await build({
          absWorkingDir: resolve(import.meta.dirname, "../../.."),
          stdin: {
            contents: `import * as z from "${from}";\nexport const s = z.string();\n`,
            resolveDir: ".",
          },
          bundle: true,
          write: false,
          metafile: true,
        })
      ).metafile;
    expect(classicZodInput(await bundleOf("zod"))).toMatch(
      /^node_modules\/zod\/v4\/(classic|locales)\//,
    );
    expect(classicZodInput(await bundleOf("zod/mini"))).toBeUndefined();
  });
});
