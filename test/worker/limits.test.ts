// Body limits: an oversized body is a 413 envelope whether or not it declares its length.
import { describe, expect, it } from "vitest";
import { personRow } from "../support/summaries.ts";
import { api, type ErrorEnvelope, personSummary, seedGroup, YEAR } from "./helpers.ts";

const MB = 1024 * 1024;

function oversizedJson(): string {
  // Valid JSON, so only the size can be what is wrong with it.
  return JSON.stringify({
    form: "person",
    records: [{ id: "x", values: { pad: "a".repeat(MB) } }],
  });
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 64 * 1024)
        controller.enqueue(bytes.slice(i, i + 64 * 1024));
      controller.close();
    },
  });
}

async function expect413(res: Response): Promise<void> {
  expect(res.status).toBe(413);
  const body = (await res.json()) as ErrorEnvelope;
  expect(body.error.code).toBe("payload_too_large");
  expect(body.error.issues).toEqual([]);
}

describe("body limit", () => {
  it("rejects a body over 1 MB with Content-Length", async () => {
    const { key } = await seedGroup();
    const body = oversizedJson();
    await expect413(
      await api("/v1/records/check", {
        method: "POST",
        headers: {
          Authorization: `Bearer ${key}`,
          "Content-Type": "application/json",
          "Content-Length": String(body.length),
        },
        body,
      }),
    );
  });

  it("rejects a streamed body over 1 MB without Content-Length", async () => {
    const { key } = await seedGroup();
    await expect413(
      await api("/v1/summaries/2026", {
        method: "PUT",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        body: streamOf(oversizedJson()),
      }),
    );
  });

  it("still accepts a streamed body under the limit", async () => {
    const { key } = await seedGroup();
    const period = `${YEAR - 1}-06`;
    const summary = personSummary(
      [personRow({ village: "73.09.03.2004", sex: "L", age: 9, recordKey: 1 })],
      period,
    );
    const res = await api(`/v1/summaries/${period}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: streamOf(JSON.stringify(summary)),
    });
    expect(res.status).toBe(200);
  });
});
