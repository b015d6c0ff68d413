// `npm run bench` part: field entry — opening and checking 1,000 phone records in Node, and the built
// add-on's Ambil isian dari HP appending 1,000 of them in the preview host (decrypt, check, one block).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type FetchResponse, loadAddon, SpreadsheetStore } from "../addon/preview/addon-host.ts";
import { planFieldImport } from "../core/field/import-plan.ts";
import { sealForQueue } from "../core/field/phone-item.ts";
import { toBase64 } from "../core/sealed-box/base64.ts";
import { newKeyPair } from "../core/sealed-box/seal.ts";
import { personRows } from "./fixtures.ts";

const N = 1000;

export function benchField(): void {
  const group = newKeyPair();
  const keys = { publicKey: toBase64(group.publicKey), secretKey: toBase64(group.secretKey) };
  const rows = personRows(N);
  let start = performance.now();
  const items = rows.map((r, i) => ({
    ...sealForQueue(
      {
        v: 1,
        id: `rec-bench-${String(i).padStart(6, "0")}`,
        form: "person",
        saved_at: "2026-11-27T03:00:00.000Z",
        values: JSON.parse(JSON.stringify(r)),
      },
      String(r.village ?? "73.09.03.2004"),
      keys.publicKey,
    ),
    member_id: "m_aaaaaaaaaaaaaaaa",
    received_at: "2026-11-27T04:00:00.000Z",
  }));
  const sealMs = performance.now() - start;
  start = performance.now();
  const steps = planFieldImport(items, keys, () => false, { today: "2026-11-27" }, "id");
  const openMs = performance.now() - start;
  console.log("\n| field entry | records | time | per record |\n|---|---|---|---|");
  const line = (what: string, ms: number) =>
    console.log(`| ${what} | ${N} | ${ms.toFixed(0)} ms | ${(ms / N).toFixed(2)} ms |`);
  line("seal on the phone (Node)", sealMs);
  line("open + check (core, Node)", openMs);
  if (steps.filter((s) => s.kind === "append").length !== N) throw new Error("not all opened");

  const bundleDir = join(process.cwd(), "dist/addon");
  if (!existsSync(join(bundleDir, "Code.js"))) {
    console.log("| Ambil isian dari HP (built add-on) | (run npm run build first) | | |");
    return;
  }
  const store = SpreadsheetStore.create();
  store.properties.document = {
    "pilah.serverUrl": "https://pilah.example.org",
    "pilah.groupKey": "bench-key",
    "pilah.villages": "[]",
    "pilah.field.publicKey": keys.publicKey,
    "pilah.field.secretKey": keys.secretKey,
  };
  const json = (body: unknown): FetchResponse => ({
    status: 200,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const host = loadAddon({
    bundleDir,
    store,
    user: { email: "bench@example.org", locale: "id" },
    urlFetch: (r) =>
      r.url.endsWith("/v1/field/inbox") ? json({ items, more: false }) : json({ acknowledged: N }),
  });
  start = performance.now();
  const result = host.call("importFieldEntries") as { added: number };
  line(
    "Ambil isian dari HP: decrypt + check + append (built Code.js, preview host)",
    performance.now() - start,
  );
  if (result.added !== N) throw new Error(`appended ${result.added} of ${N}`);
}
