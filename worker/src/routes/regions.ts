// GET /v1/regions/{code}: an area and its children (province → regency → district → village), public data.
import { Hono } from "hono";
import type { RegionsResponse } from "../../../core/api/regions.ts";
import { REGIONS_SOURCE } from "../../generated/regions-data.ts";
import type { AppEnv } from "../app-env.ts";
import { optionalAuth } from "../auth.ts";
import { ApiError, invalidInput, methodNotAllowed } from "../errors.ts";
import { type Area, childrenOf, findArea, levelOfCode } from "../regions.ts";

// The list changes only with a deploy; a day's caching spares the sidebar's slow connections.
const CACHE_CONTROL = "public, max-age=86400";

const ROOT = { code: "root", name: "Indonesia", level: "country" } as const;

function answer(
  area: Area | typeof ROOT,
  parent: string | null,
  children: Area[],
): RegionsResponse {
  return { area, parent, children, source: REGIONS_SOURCE };
}

// No key needed: Kemendagri codes and names are public (ODbL) and hold nothing about anyone,
// and a group choosing its villages may not have a key yet. A key that is sent is checked all
// the same, so a revoked key never looks as if it still worked.
export const regions = new Hono<AppEnv>()
  .get("/", optionalAuth, (c) => {
    c.header("Cache-Control", CACHE_CONTROL);
    return c.json(answer(ROOT, null, childrenOf("") ?? []));
  })
  .get("/:code", optionalAuth, (c) => {
    const code = c.req.param("code");
    if (code === "root") {
      c.header("Cache-Control", CACHE_CONTROL);
      return c.json(answer(ROOT, null, childrenOf("") ?? []));
    }
    if (levelOfCode(code) === undefined) {
      const message = "An area code is dotted Kemendagri, e.g. 73, 73.09, 73.09.03, 73.09.03.2004.";
      throw invalidInput([{ path: ["code"], message }], message);
    }
    const area = findArea(code);
    if (!area) throw new ApiError(404, "not_found", "No area has this code.");
    const dot = code.lastIndexOf(".");
    c.header("Cache-Control", CACHE_CONTROL);
    return c.json(answer(area, dot < 0 ? "root" : code.slice(0, dot), childrenOf(code) ?? []));
  })
  .all("/", () => {
    throw methodNotAllowed("GET, HEAD");
  })
  .all("/:code", () => {
    throw methodNotAllowed("GET, HEAD");
  });
