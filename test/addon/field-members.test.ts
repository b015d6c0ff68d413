// Anggota lapangan through the preview host: the key pair kept in the sheet, the public half sent, members added with a join link, listed by name, revoked.
import { describe, expect, it } from "vitest";
import type { FetchRequest, FetchResponse } from "../../addon/preview/addon-host.ts";
import { qrPath } from "../../core/field/qr-path.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import { newHost, SERVER } from "../support/addon.ts";

function setup() {
  const { host, worker } = newHost();
  const seen: { method: string; path: string; body: unknown }[] = [];
  const members: { id: string; created_at: string; revoked_at: string | null }[] = [];
  worker.urlFetch = (req: FetchRequest): FetchResponse => {
    const path = req.url.slice(SERVER.length);
    const method = String(req.method ?? "get").toLowerCase();
    seen.push({ method, path, body: req.payload ? JSON.parse(String(req.payload)) : undefined });
    const json = (status: number, body: unknown): FetchResponse => ({
      status,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (path === "/v1/field/key" && method === "put")
      return json(200, { ...(seen.at(-1)?.body as object), updated_at: "2026-11-27T00:00:00Z" });
    if (path === "/v1/field/members" && method === "post") {
      const m = {
        id: `m_${String(members.length).padStart(16, "0")}`,
        created_at: "2026-11-27T00:00:00Z",
        revoked_at: null,
      };
      members.push(m);
      return json(201, { ...m, token: `pilahm_secret${members.length}` });
    }
    if (path === "/v1/field/members" && method === "get") return json(200, { members });
    const del = /^\/v1\/field\/members\/(m_\w+)$/.exec(path);
    if (del && method === "delete") {
      const m = members.find((x) => x.id === del[1]);
      if (!m) return json(404, { error: { code: "not_found", message: "", issues: [] } });
      m.revoked_at = "2026-11-28T00:00:00Z";
      return json(200, m);
    }
    return json(404, { error: { code: "not_found", message: "", issues: [] } });
  };
  return { host, seen };
}

describe("Anggota lapangan", () => {
  it("enables field entry: private key in document properties, public key to the worker; kept unless replaced", () => {
    const { host, seen } = setup();
    const kp = newKeyPair();
    const pk = toBase64(kp.publicKey);
    expect(host.call("enableFieldEntry", pk, toBase64(kp.secretKey))).toEqual({
      ok: true,
      publicKey: pk,
    });
    expect(host.store.properties.document["pilah.field.secretKey"]).toBe(toBase64(kp.secretKey));
    expect(seen).toEqual([{ method: "put", path: "/v1/field/key", body: { public_key: pk } }]);
    expect(JSON.stringify(seen)).not.toContain(toBase64(kp.secretKey));
    const other = newKeyPair();
    expect(
      host.call("enableFieldEntry", toBase64(other.publicKey), toBase64(other.secretKey)),
    ).toEqual({
      ok: true,
      publicKey: pk,
    });
    expect(host.store.properties.document["pilah.field.publicKey"]).toBe(pk);
    expect(host.call("enableFieldEntry", "abc", "def")).toEqual({
      ok: false,
      reason: "field.bad_key",
    });
  });

  it("adds a member with a join link, lists names kept only in the sheet, revokes", () => {
    const { host, seen } = setup();
    expect(host.call("addFieldMember", "Yuliana")).toEqual({
      ok: false,
      reason: "field.not_enabled",
    });
    const kp = newKeyPair();
    host.call("enableFieldEntry", toBase64(kp.publicKey), toBase64(kp.secretKey));
    const added = host.call("addFieldMember", "  Yuliana   Bria ") as {
      ok: true;
      id: string;
      name: string;
      link: string;
      qr: { size: number; d: string };
    };
    expect(added.link).toBe(
      `${SERVER}/lapangan/#t=pilahm_secret1&k=${encodeURIComponent(toBase64(kp.publicKey))}`,
    );
    // The QR code of exactly that link, made in the bundle (the page draws the path).
    expect(added.name).toBe("Yuliana Bria");
    expect(added.qr).toEqual(qrPath(added.link));
    expect(JSON.stringify(seen)).not.toContain("Yuliana");
    expect(host.call("listFieldMembers")).toEqual({
      ok: true,
      members: [
        { id: added.id, name: "Yuliana Bria", createdAt: "2026-11-27T00:00:00Z", revoked: false },
      ],
    });
    expect(host.call("revokeFieldMember", added.id)).toEqual({ ok: true, id: added.id });
    expect(host.call("listFieldMembers")).toMatchObject({ members: [{ revoked: true }] });
    expect(host.call("revokeFieldMember", "../admin")).toEqual({
      ok: false,
      reason: "field.bad_member",
    });
    expect(host.call("addFieldMember", "")).toEqual({ ok: false, reason: "field.bad_name" });
  });
});
