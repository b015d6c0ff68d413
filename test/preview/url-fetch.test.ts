// UrlFetchApp does real HTTP synchronously (the bundle cannot await); the test server runs in a worker thread because the fetch blocks this one.
import { createServer } from "node:net";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FetchRequest, loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

const SERVER = `
const { createServer } = require("node:http");
const { parentPort } = require("node:worker_threads");
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    if (req.url === "/fail") {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("rusak ".repeat(200));
      return;
    }
    if (req.url === "/moved") {
      res.writeHead(302, { Location: "/echo" });
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json", "X-Pilah": "ya" });
    res.end(JSON.stringify({ method: req.method, url: req.url, contentType: req.headers["content-type"] || null,
      auth: req.headers.authorization || null, agent: req.headers["user-agent"], body }));
  });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => server.close(() => process.exit(0)));
`;

let worker: Worker;
let base = "";
let closedPort = 0;

beforeAll(async () => {
  worker = new Worker(SERVER, { eval: true });
  const port = await new Promise<number>((ok) => worker.once("message", ok));
  base = `http://127.0.0.1:${port}`;
  // A port that was just free and is now closed: nothing listens there.
  closedPort = await new Promise<number>((ok) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => ok(p));
    });
  });
});

afterAll(async () => {
  worker.postMessage("stop");
  await new Promise((ok) => worker.once("exit", ok));
});

describe("UrlFetchApp over real HTTP", () => {
  const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });

  it("posts JSON synchronously and reads the response", () => {
    const out = host.call(
      "run",
      `var res = UrlFetchApp.fetch(${JSON.stringify(`${base}/v1/records/check`)}, {
         method: "post", contentType: "application/json", payload: JSON.stringify({ form: "person" }),
         headers: { Authorization: "Bearer k1" } });
       [res.getResponseCode(), JSON.parse(res.getContentText()), res.getHeaders()["x-pilah"]]`,
    ) as [number, Record<string, unknown>, string];
    expect(out[0]).toBe(200);
    expect(out[1]).toMatchObject({
      method: "POST",
      url: "/v1/records/check",
      contentType: "application/json",
      auth: "Bearer k1",
      body: '{"form":"person"}',
    });
    expect(out[1].agent).toContain("Google-Apps-Script");
    expect(out[2]).toBe("ya");
  });

  it("sends an object payload as a form and follows redirects", () => {
    const out = host.call(
      "run",
      `[JSON.parse(UrlFetchApp.fetch(${JSON.stringify(`${base}/form`)}, { method: "post", payload: { a: "1 2", b: "x&y" } }).getContentText()),
        JSON.parse(UrlFetchApp.fetch(${JSON.stringify(`${base}/moved`)}).getContentText()).url,
        UrlFetchApp.fetch(${JSON.stringify(`${base}/moved`)}, { followRedirects: false }).getResponseCode()]`,
    ) as [Record<string, unknown>, string, number];
    expect(out[0]).toMatchObject({
      contentType: "application/x-www-form-urlencoded",
      body: "a=1%202&b=x%26y",
    });
    expect(out[1]).toBe("/echo");
    expect(out[2]).toBe(302);
  });

  it("throws Apps Script's text for an error status unless muteHttpExceptions is set", () => {
    let message = "";
    try {
      host.call("run", `UrlFetchApp.fetch(${JSON.stringify(`${base}/fail`)})`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      new RegExp(
        `^Exception: Request failed for ${base.replace(/[.]/g, "\\.")}/fail returned code 500\\. Truncated server response: (rusak )+\\S*\\.\\.\\. \\(use muteHttpExceptions option to examine full response\\)$`,
      ),
    );
    expect(
      host.call(
        "run",
        `var r = UrlFetchApp.fetch(${JSON.stringify(`${base}/fail`)}, { muteHttpExceptions: true }); [r.getResponseCode(), r.getContentText().length]`,
      ),
    ).toEqual([500, 1200]);
  });

  it("throws 'Address unavailable' when nothing listens", () => {
    const url = `http://127.0.0.1:${closedPort}/v1/health`;
    expect(() => host.call("run", `UrlFetchApp.fetch(${JSON.stringify(url)})`)).toThrow(
      `Exception: Address unavailable: ${url}`,
    );
    expect(() => host.call("run", `UrlFetchApp.fetch("not a url")`)).toThrow(
      "Exception: Invalid argument: not a url",
    );
  });

  it("fetches a batch with fetchAll", () => {
    expect(
      host.call(
        "run",
        `UrlFetchApp.fetchAll([${JSON.stringify(`${base}/a`)}, { url: ${JSON.stringify(`${base}/b`)}, method: "put", payload: "x" }])
           .map(function (r) { var j = JSON.parse(r.getContentText()); return j.method + " " + j.url; })`,
      ),
    ).toEqual(["GET /a", "PUT /b"]);
  });
});

describe("UrlFetchApp with an injected transport", () => {
  it("hands the request to urlFetch and returns its response", () => {
    const seen: FetchRequest[] = [];
    const host = loadAddon({
      bundleDir: writeFixture(EVAL_CODE),
      urlFetch: (req) => {
        seen.push(req);
        return {
          status: 201,
          headers: { "content-type": "application/json" },
          body: '{"ok":true}',
        };
      },
    });
    expect(
      host.call(
        "run",
        `var r = UrlFetchApp.fetch("https://pilah.example/v1/summaries/2025", { method: "put", contentType: "application/json", payload: "{}" });
         [r.getResponseCode(), r.getContentText()]`,
      ),
    ).toEqual([201, '{"ok":true}']);
    expect(seen).toMatchObject([
      {
        url: "https://pilah.example/v1/summaries/2025",
        method: "PUT",
        contentType: "application/json",
        payload: "{}",
      },
    ]);
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(1);
  });
});
