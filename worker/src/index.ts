// The Pilah worker: one Hono app, one sub-app per resource, one error envelope for every failure.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./app-env.ts";
import { ApiError, errorResponse, notFound, onError } from "./errors.ts";
import { health } from "./routes/health.ts";
import { records } from "./routes/records.ts";
import { summaries } from "./routes/summaries.ts";

// The main module may export only handlers (workerd rejects other exports), so this stays private.
const MAX_BODY_BYTES = 1024 * 1024;

const app = new Hono<AppEnv>()
  .use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorResponse(
          c,
          new ApiError(
            413,
            "payload_too_large",
            `The request body exceeds ${MAX_BODY_BYTES} bytes.`,
          ),
        ),
    }),
  )
  .route("/v1/health", health)
  .route("/v1/records", records)
  .route("/v1/summaries", summaries)
  .notFound(notFound)
  .onError(onError);

export default app;
