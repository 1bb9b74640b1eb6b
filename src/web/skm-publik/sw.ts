/**
 * Service worker of the public survey (scope /s/): keeps the page, its built files and the questionnaire so a kiosk
 * (or a phone) can reload without a connection. Answers are not handled here: the page's outbox (antrean.ts) keeps
 * them with their idempotency keys until the server confirms.
 */
interface PeristiwaPasang {
  waitUntil(p: Promise<unknown>): void;
}
interface PeristiwaAmbil extends PeristiwaPasang {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
interface LingkupSw {
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(jenis: "install" | "activate", f: (e: PeristiwaPasang) => void): void;
  addEventListener(jenis: "fetch", f: (e: PeristiwaAmbil) => void): void;
  addEventListener(jenis: "message", f: (e: { data: unknown } & PeristiwaPasang) => void): void;
  location: Location;
}

const sw = self as unknown as LingkupSw;
const CACHE = "sakip-skm-v1";

sw.addEventListener("install", (e) => e.waitUntil(sw.skipWaiting()));
sw.addEventListener("activate", (e) =>
  e.waitUntil(
    caches
      .keys()
      .then((ks) => Promise.all(ks.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  ),
);

// The page names what it needs (its own URL, its scripts and styles, the questionnaire).
sw.addEventListener("message", (e) => {
  const daftar = (e.data as { simpan?: unknown } | null)?.simpan;
  if (!Array.isArray(daftar)) return;
  const sama = daftar.filter(
    (u): u is string => typeof u === "string" && new URL(u, sw.location.href).origin === sw.location.origin,
  );
  e.waitUntil(caches.open(CACHE).then((c) => Promise.all(sama.map((u) => c.add(u).catch(() => undefined)))));
});

async function jaringanDulu(req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok) await cache.put(req, res.clone());
    return res;
  } catch (err) {
    const lama =
      (await cache.match(req)) ??
      (req.mode === "navigate" ? await cache.match(req, { ignoreSearch: true }) : undefined);
    if (lama) return lama;
    throw err;
  }
}

async function cacheDulu(req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const ada = await cache.match(req);
  if (ada) return ada;
  const res = await fetch(req);
  if (res.ok) await cache.put(req, res.clone());
  return res;
}

sw.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== sw.location.origin) return;
  if (url.pathname.startsWith("/s/assets/")) e.respondWith(cacheDulu(req));
  else if (url.pathname.startsWith("/s/") || url.pathname.startsWith("/api/v1/publik/skm/"))
    e.respondWith(jaringanDulu(req));
});
