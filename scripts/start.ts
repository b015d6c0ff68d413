// `npm start`: builds the add-on, runs the worker on a local D1 with a demo group, and the preview of the add-on.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startPreview } from "../addon/preview/server.ts";
import { toBase64 } from "../core/sealed-box/base64.ts";
import { newKeyPair } from "../core/sealed-box/seal.ts";
import { DEMO_VILLAGES, demoSeedSql } from "./demo-seed.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const host = "127.0.0.1";
const workerPort = Number(process.env.PILAH_WORKER_PORT ?? 8787);
const previewPort = Number(process.env.PILAH_PREVIEW_PORT ?? 5173);
const dataDir = resolve(root, process.env.PILAH_DATA_DIR ?? ".pilah-data");
const demoKey = process.env.PILAH_DEMO_KEY ?? "pilah-demo";
// Local only: the deployed worker gets its own with `wrangler secret put ADMIN_TOKEN` (≥ 32 characters).
const adminToken = process.env.PILAH_ADMIN_TOKEN ?? "pilah-admin-local-development-token-0001";
const wranglerBin = join(root, "node_modules/.bin/wrangler");
// Offline machines: no telemetry, no Cloudflare look-ups.
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
};
const d1State = join(dataDir, "wrangler");

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

async function waitFor(url: string, ms: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the worker exited (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

interface DemoField {
  publicKey: string;
  secretKey: string;
  member?: { id: string; token: string };
}

/**
 * Field entry for the demo group: a key pair kept next to the demo spreadsheet (whose document
 * properties hold it, as the sidebar would store it), its public half on the worker, and one member
 * whose join link opens the phone app. Kept across runs, so phones that joined keep working.
 */
async function demoFieldEntry(workerUrl: string): Promise<DemoField> {
  const file = join(dataDir, "field-demo.json");
  let demo: DemoField;
  if (existsSync(file)) demo = JSON.parse(readFileSync(file, "utf8")) as DemoField;
  else {
    const keys = newKeyPair();
    demo = { publicKey: toBase64(keys.publicKey), secretKey: toBase64(keys.secretKey) };
  }
  const api = (method: string, path: string, body: unknown) =>
    fetch(`${workerUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${demoKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const key = await api("PUT", "/v1/field/key", { public_key: demo.publicKey });
  if (!key.ok) throw new Error(`field key: ${key.status} ${await key.text()}`);
  if (!demo.member) {
    const res = await api("POST", "/v1/field/members", {});
    if (!res.ok) throw new Error(`field member: ${res.status} ${await res.text()}`);
    const m = (await res.json()) as { id: string; token: string };
    demo.member = { id: m.id, token: m.token };
  }
  writeFileSync(file, JSON.stringify(demo, null, 2));
  return demo;
}

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (process.env.PILAH_SKIP_BUILD !== "1") run("npm", ["run", "build", "--silent"], "build");
  const d1 = ["d1", "--persist-to", d1State];
  run(
    wranglerBin,
    [d1[0] as string, "migrations", "apply", "DB", "--local", ...d1.slice(1)],
    "D1 migrations",
  );
  const seedFile = join(dataDir, "demo-seed.sql");
  writeFileSync(seedFile, await demoSeedSql(demoKey));
  run(
    wranglerBin,
    ["d1", "execute", "DB", "--local", "--persist-to", d1State, "--file", seedFile],
    "demo seed",
  );

  const worker = spawn(
    wranglerBin,
    [
      "dev",
      "--local",
      "--ip",
      host,
      "--port",
      String(workerPort),
      "--persist-to",
      d1State,
      "--show-interactive-dev-session=false",
      "--var",
      `ADMIN_TOKEN:${adminToken}`,
      // Tests and benchmarks run several stacks at once: each its own debugger port.
      ...(process.env.PILAH_INSPECTOR_PORT
        ? ["--inspector-port", process.env.PILAH_INSPECTOR_PORT]
        : []),
    ],
    { cwd: root, env, stdio: ["ignore", "inherit", "inherit"], detached: true },
  );
  const stopWorker = () => {
    if (worker.exitCode === null && worker.pid) {
      try {
        process.kill(-worker.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", stopWorker);
  const workerUrl = `http://${host}:${workerPort}`;
  await waitFor(`${workerUrl}/v1/health`, 60_000, worker);
  // PILAH_DEMO_FIELD=0 (the end-to-end tests): a group that has not enabled field entry yet.
  const field = process.env.PILAH_DEMO_FIELD === "0" ? undefined : await demoFieldEntry(workerUrl);
  const member = field?.member;
  // As addFieldMember writes it (addon/server/field-members.ts joinLink).
  const joinUrl =
    field && member
      ? `${workerUrl}/lapangan/#t=${encodeURIComponent(member.token)}&k=${encodeURIComponent(field.publicKey)}`
      : "(field entry not enabled: Pengaturan → Anggota lapangan)";

  const preview = await startPreview({
    port: previewPort,
    host,
    bundleDir: join(root, "dist/addon"),
    dataFile: join(dataDir, "spreadsheet.json"),
    seedDocumentProperties: {
      "pilah.serverUrl": workerUrl,
      "pilah.groupKey": demoKey,
      "pilah.villages": JSON.stringify(DEMO_VILLAGES),
      // Field entry enabled as Pengaturan → Anggota lapangan would leave it (field-import.ts's property names).
      ...(field && member
        ? {
            "pilah.field.publicKey": field.publicKey,
            "pilah.field.secretKey": field.secretKey,
            "pilah.field.members": JSON.stringify({ [member.id]: "HP demo" }),
          }
        : {}),
    },
  });

  console.log(
    [
      "",
      "Pilah is running:",
      `  worker   ${workerUrl}  (local D1 in ${d1State})`,
      `  demo key ${demoKey}   (group "demo")`,
      `  admin    PILAH_ADMIN_TOKEN=${adminToken} npm run admin -- list-groups --url ${workerUrl}`,
      `  preview  ${preview.url}  (spreadsheet in ${join(dataDir, "spreadsheet.json")})`,
      `  phone    ${workerUrl}/lapangan/  (Pilah Lapangan; open the join link once, then Ambil isian dari HP in the preview)`,
      `  join     ${joinUrl}`,
      "Press Ctrl-C to stop.",
      "PILAH_READY",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await preview.close();
    stopWorker();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  worker.on("exit", (code) => {
    if (!stopping) {
      console.error(`the worker stopped (code ${code}); stopping the preview`);
      void stop();
    }
  });
}

main().catch((e) => {
  console.error(`npm start: ${(e as Error).message}`);
  process.exit(1);
});
