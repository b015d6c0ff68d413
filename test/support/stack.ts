// Starts `npm start`'s stack (worker + preview) on free ports with a fresh data dir, and a Chromium page on it.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { freePort } from "./free-port.ts";

const root = resolve(import.meta.dirname, "../..");

export interface Stack {
  workerUrl: string;
  previewUrl: string;
  key: string;
  browser: Browser;
  /** The page the stack drives (the menu clicks happen here). */
  page: Page;
  /** Runs an item of Ekstensi → Pilah by its function name. */
  menu(item: string): Promise<void>;
  stop(): Promise<void>;
}

/** `npm start`'s worker and preview on free ports with a fresh data dir (no browser). */
export interface Servers {
  workerUrl: string;
  previewUrl: string;
  /** The worker's V8 inspector (Chrome DevTools Protocol), e.g. for a CPU profile of the isolate. */
  inspectorUrl: string;
  stop(): Promise<void>;
}

export async function startServers(key: string): Promise<Servers> {
  const [workerPort, previewPort, inspectorPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const dataDir = mkdtempSync(join(tmpdir(), "pilah-e2e-"));
  const child: ChildProcess = spawn(join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PILAH_WORKER_PORT: String(workerPort),
      PILAH_PREVIEW_PORT: String(previewPort),
      PILAH_DATA_DIR: dataDir,
      PILAH_DEMO_KEY: key,
      PILAH_INSPECTOR_PORT: String(inspectorPort),
      // Each test enables field entry itself when it needs it (npm start enables it for the demo).
      PILAH_DEMO_FIELD: "0",
      // `npm test` has just built dist/addon; the test drives exactly that build.
      PILAH_SKIP_BUILD: "1",
    },
  });
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`stack not ready:\n${output}`)), 150_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes("PILAH_READY")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => fail(new Error(`npm start exited ${code}:\n${output}`)));
  });
  return {
    workerUrl: `http://127.0.0.1:${workerPort}`,
    previewUrl: `http://127.0.0.1:${previewPort}`,
    inspectorUrl: `ws://127.0.0.1:${inspectorPort}/ws`,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        process.kill(-child.pid, "SIGINT");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startStack(key: string): Promise<Stack> {
  const servers = await startServers(key);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const stack: Stack = {
    workerUrl: servers.workerUrl,
    previewUrl: servers.previewUrl,
    key,
    browser,
    page,
    // On whichever page the stack drives now (a caller may swap in one of another size).
    async menu(item) {
      await stack.page.click('button[data-menu="extensions"]');
      await stack.page.click(`[data-addon-menu="Pilah"] button[data-menu-item="${item}"]`);
    },
    async stop() {
      await browser.close();
      await servers.stop();
    },
  };
  return stack;
}

/** A stack whose page already shows the preview, ready for its menu. */
export async function startPreviewStack(key: string): Promise<Stack> {
  const stack = await startStack(key);
  await stack.page.goto(stack.previewUrl);
  await stack.page.waitForSelector('body[data-ready="true"]');
  return stack;
}
