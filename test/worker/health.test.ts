// Health, unknown routes and wrong methods: every answer is JSON, every error the envelope.
import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import * as main from "../../worker/src/index.ts";
import { api, type ErrorEnvelope } from "./helpers.ts";

describe("GET /v1/health", () => {
  it("answers ok and the package version without a key", async () => {
    const res = await api("/v1/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: "ok", version: pkg.version });
  });

  it("answers a wrong method with a 405 envelope and Allow", async () => {
    const res = await api("/v1/health", { method: "POST", body: "{}" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe("method_not_allowed");
  });
});

describe("unknown routes", () => {
  it.each(["/", "/v1", "/v1/nothing", "/v2/health", "/v1/summaries", "/v1/records/check/x"])(
    "%s is a JSON 404 envelope",
    async (path) => {
      const res = await api(path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        error: { code: "not_found", message: expect.any(String), issues: [] },
      });
    },
  );
});

describe("main module", () => {
  // vitest loads the main module leniently; `wrangler dev` and deploy refuse non-handler exports.
  it("exports only the default handler", () => {
    expect(Object.keys(main)).toEqual(["default"]);
  });
});
