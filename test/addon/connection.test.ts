// "Uji koneksi" in Pengaturan: reachability and the key in one fetchAll, nothing saved.
import { describe, expect, it } from "vitest";
import { KEY, newHost, SERVER } from "../support/addon.ts";
import { freePort } from "../support/free-port.ts";

type Result = { ok: boolean; message: string };

describe("testConnection", () => {
  it("confirms the server and the stored key in one UrlFetch call", () => {
    const { host, worker } = newHost();
    const res = host.call("testConnection", { serverUrl: SERVER, groupKey: "" }) as Result;
    expect(res).toEqual({
      ok: true,
      message: "Terhubung ke server Pilah (versi 0.1.0); kunci kelompok diterima.",
    });
    expect(host.calls.count("UrlFetchApp.fetchAll")).toBe(1);
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(0);
    expect(worker.requests.map((r) => r.headers.Authorization)).toEqual([
      `Bearer ${KEY}`,
      `Bearer ${KEY}`,
    ]);
  });

  it("reports a key the server rejects, and saves nothing", () => {
    const { host } = newHost();
    const before = structuredClone(host.store.properties.document);
    const res = host.call("testConnection", {
      serverUrl: SERVER,
      groupKey: "typed-but-wrong",
    }) as Result;
    expect(res).toEqual({
      ok: false,
      message:
        "Tidak berhasil: server menolak kunci kelompok; periksa kunci di Pengaturan atau minta kunci baru kepada admin kabupaten/kota.",
    });
    expect(host.store.properties.document).toEqual(before);
    expect(
      Object.values(host.store.properties.user).every((bag) => Object.keys(bag).length === 0),
    ).toBe(true);
  });

  it("reports an unreachable server and a bad address", async () => {
    const port = await freePort();
    const { host } = newHost({ realNetwork: true });
    const down = host.call("testConnection", {
      serverUrl: `http://127.0.0.1:${port}`,
      groupKey: "a-typed-key-1",
    }) as Result;
    expect(down).toEqual({
      ok: false,
      message:
        "Tidak berhasil: server tidak dapat dihubungi; periksa koneksi internet, lalu coba lagi.",
    });
    const bad = host.call("testConnection", { serverUrl: "ftp://x" }) as Result;
    expect(bad).toEqual({
      ok: false,
      message:
        "Tulis alamat server lengkap, diawali https:// (contoh: https://pilah.contoh.workers.dev). Tanyakan alamatnya kepada admin kabupaten/kota.",
    });
  });

  it("refuses plain http to another machine: the key and checked records would travel unencrypted", () => {
    const { host, worker } = newHost();
    const res = host.call("testConnection", {
      serverUrl: "http://pilah.example.org",
      groupKey: "typed-key-123",
    }) as Result;
    expect(res.ok).toBe(false);
    expect(res.message).toContain("https://");
    expect(worker.requests).toEqual([]);
  });

  it("never sends the stored key to an address other than the stored one", () => {
    const { host, worker } = newHost();
    const res = host.call("testConnection", {
      serverUrl: "https://attacker.example.net",
      groupKey: "",
    }) as Result;
    expect(res).toEqual({
      ok: false,
      message:
        "Alamat server berubah: tulis kunci kelompok untuk server itu dulu. Kunci yang tersimpan hanya dikirim ke alamat lama.",
    });
    expect(worker.requests).toEqual([]);
    expect(host.calls.count("UrlFetchApp.fetchAll")).toBe(0);
  });
});
