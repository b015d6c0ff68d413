// Saves the preview's spreadsheet to a JSON file after every call and loads it at start, so a restart loses nothing.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { SpreadsheetStore, type StoreJSON } from "./model/spreadsheet-store.ts";

export function loadStoreFile(file: string): SpreadsheetStore {
  if (!existsSync(file)) return SpreadsheetStore.create();
  return SpreadsheetStore.fromJSON(JSON.parse(readFileSync(file, "utf8")) as StoreJSON);
}

/** Writes atomically (temp file, then rename): a crash mid-write leaves the previous file intact. */
export function saveStoreFile(store: SpreadsheetStore, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(store.toJSON()));
  renameSync(tmp, file);
}
