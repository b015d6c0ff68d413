// The phone app's service worker: keeps the app's files so it opens and works with no signal after the first visit.

/** The app's files (relative to this script), written in by the build. */
declare const PILAH_PRECACHE: string[];
/** A hash of those files: a new build makes a new cache and drops the old one. */
declare const PILAH_VERSION: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pilah-lapangan-${PILAH_VERSION}`;

sw.addEventListener("install", (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(PILAH_PRECACHE.map((p) => new Request(p, { cache: "reload" }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener("activate", (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("pilah-lapangan-") && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  // The API is never cached: records and their states go to the worker or not at all.
  if (req.method !== "GET" || url.origin !== sw.location.origin || url.pathname.startsWith("/v1/"))
    return;
  e.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Any page of the app is the app (the join fragment never reaches the server or the cache key).
      const hit =
        (await cache.match(req, { ignoreSearch: true })) ??
        (req.mode === "navigate" ? await cache.match("./") : undefined);
      return hit ?? fetch(req);
    }),
  );
});
