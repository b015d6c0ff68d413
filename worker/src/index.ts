// The Pilah worker: one Hono app, one sub-app per resource, one error envelope for every failure.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { except } from "hono/combine";
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { MAX_INBOX_BODY_BYTES } from "../../core/api/field.ts";
import {
  MAX_CHECK_BODY_BYTES,
  MAX_OTHER_BODY_BYTES,
  MAX_SUMMARY_BODY_BYTES,
} from "../../core/api/limits.ts";
import type { AppEnv } from "./app-env.ts";
import { readCredential } from "./auth.ts";
import { DEFAULT_D1_TIMEOUT_MS, guardDatabase } from "./db/guard.ts";
import { ApiError, errorResponse, notFound, onError } from "./errors.ts";
import { rateLimit } from "./rate-limit.ts";
import { admin } from "./routes/admin.ts";
import { field } from "./routes/field.ts";
import { health } from "./routes/health.ts";
import { records } from "./routes/records.ts";
import { regions } from "./routes/regions.ts";
import { summaries } from "./routes/summaries.ts";
import { d1TimeoutMs } from "./settings.ts";

// A JSON API read by Apps Script and scripts, never by a browser page: nothing may load, frame or
// embed it, and no Access-Control-* header is ever sent (browsers get no CORS).
const jsonOnlyHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
  },
  xFrameOptions: "DENY",
  referrerPolicy: "no-referrer",
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  crossOriginResourcePolicy: "same-origin",
});

// Answers about groups and counts must not sit in shared caches; routes that may be cached
// (the public area list) set their own Cache-Control.
const noStoreByDefault = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
});

const guardedDatabase = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", guardDatabase(c.env.DB, d1TimeoutMs(c.env, DEFAULT_D1_TIMEOUT_MS)));
  await next();
});

/** A body over `maxSize` bytes is a 413 envelope, whether or not it declares its length. */
function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(
        c,
        new ApiError(413, "payload_too_large", `The request body exceeds ${maxSize} bytes.`),
      ),
  });
}

// Each route gets the least it needs: a summary is counts only, so its bound is far below the check's.
const bodyLimits = createMiddleware<AppEnv>((c, next) => {
  const path = c.req.path;
  const max = path.startsWith("/v1/records/")
    ? MAX_CHECK_BODY_BYTES
    : path.startsWith("/v1/summaries/")
      ? MAX_SUMMARY_BODY_BYTES
      : path === "/v1/field/inbox"
        ? MAX_INBOX_BODY_BYTES
        : MAX_OTHER_BODY_BYTES;
  return limitBody(max)(c, next);
});

const app = new Hono<AppEnv>()
  .use(jsonOnlyHeaders, noStoreByDefault)
  .use(bodyLimits)
  .use(guardedDatabase, readCredential)
  // Health stays unlimited so uptime checks never see a 429.
  .use("/v1/*", except("/v1/health", rateLimit))
  .route("/v1/health", health)
  .route("/v1/records", records)
  .route("/v1/summaries", summaries)
  .route("/v1/regions", regions)
  .route("/v1/admin", admin)
  .route("/v1/field", field)
  .notFound(notFound)
  .onError(onError);

export default app;
