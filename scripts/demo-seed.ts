// SQL that seeds the demo group and its key into a local D1 (npm start); safe to run again and again.
import { pathToFileURL } from "node:url";
import { hashKey } from "../worker/src/key-hash.ts";

/** Kemendagri codes of real villages in Kec. Bantimurung, Kab. Maros (idn-area-data). */
export const DEMO_VILLAGES: readonly string[] = [
  "73.09.03.2004", // Minasa Baji
  "73.09.03.2005", // Tukamasea
  "73.09.03.2006", // Mattoanging
  "73.09.03.1002", // Leang-Leang (kelurahan)
];

export const DEMO_GROUP = {
  id: "demo",
  name: "Kelompok Demo (Maros)",
  villages: DEMO_VILLAGES,
} as const;

export const DEMO_KEY_ID = "demo-key";

function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Upserts the demo group (keeping its summaries) and makes `key` its live key: run again with
 * another key and the demo key row is re-pointed at the new hash and un-revoked.
 */
export async function demoSeedSql(key: string): Promise<string> {
  const { id, name, villages } = DEMO_GROUP;
  return `${[
    `INSERT INTO groups (id, name, villages) VALUES (${sqlText(id)}, ${sqlText(name)}, ${sqlText(JSON.stringify(villages))})
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, villages = excluded.villages;`,
    `INSERT INTO group_keys (id, group_id, key_hash) VALUES (${sqlText(DEMO_KEY_ID)}, ${sqlText(id)}, ${sqlText(await hashKey(key))})
  ON CONFLICT (id) DO UPDATE SET group_id = excluded.group_id, key_hash = excluded.key_hash, revoked_at = NULL;`,
  ].join("\n")}\n`;
}

// `tsx scripts/demo-seed.ts [key]` prints the SQL (default key: pilah-demo).
// Run as a script (not when bundled into another program, whose own file is then argv[1]).
const self = process.argv[1];
if (self?.endsWith("demo-seed.ts") && import.meta.url === pathToFileURL(self).href) {
  process.stdout.write(await demoSeedSql(process.argv[2] ?? "pilah-demo"));
}
