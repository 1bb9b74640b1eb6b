/**
 * The public SKM survey page (issue 12, ADR 0021): plain TypeScript, no framework, so it stays far below 60 KB of
 * compressed JavaScript. `/s/{kode}` (the server fills in the Pemda) or `/s/{pemda}/{kode}`; `?kiosk=1` is the
 * counter tablet: full screen, large targets, reset after each respondent and after idle time, offline queue.
 */
import "./gaya.css";
import { idAcak, jumlahAntrean, kirimAntrean, kirimSatu, masukkan } from "./antrean";
import { bacaKuesioner, type Dwibahasa, type Kuesioner } from "./kuesioner";
import { type Bahasa, type KunciTeks, labelPekerjaan, t as teks } from "./teks";

const param = new URLSearchParams(location.search);
const KIOSK = param.get("kiosk") === "1";
/** Seconds before the kiosk resets after a respondent and after no touch (tests shorten them). */
const JEDA_SELESAI = Number(param.get("jeda") ?? 8);
const JEDA_DIAM = Number(param.get("diam") ?? 90);

let bahasa: Bahasa = localStorage.getItem("sakip-skm-bahasa") === "en" ? "en" : "id";
const t = (k: KunciTeks) => teks(k, bahasa);
const pilih = (d: Dwibahasa) => (bahasa === "id" ? d.id : d.en);

type Anak = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attr: Record<string, string | number | boolean | undefined> = {},
  ...anak: Anak[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attr)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const a of anak) if (a !== null && a !== undefined && a !== false) el.append(a);
  return el;
}

function tambah(induk: HTMLElement, ...anak: Anak[]): void {
  for (const a of anak) if (a !== null && a !== undefined && a !== false) induk.append(a);
}

// ── Where am I: /s/{kode} or /s/{pemda}/{kode} ───────────────────────────────────────────────────────────────────
function alamat(): { pemda: string; layanan: string } | null {
  const bagian = location.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (bagian[0] !== "s") return null;
  if (bagian.length === 3) return { pemda: bagian[1] ?? "", layanan: bagian[2] ?? "" };
  const meta = document.querySelector<HTMLMetaElement>('meta[name="sakip-pemda"]')?.content;
  if (bagian.length === 2 && meta) return { pemda: meta, layanan: bagian[1] ?? "" };
  return null;
}

const tujuan = alamat();
const urlApi = tujuan
  ? `/api/v1/publik/skm/${encodeURIComponent(tujuan.pemda)}/${encodeURIComponent(tujuan.layanan)}`
  : "";
const utama = document.getElementById("isi") as HTMLElement;
let kuesioner: Kuesioner | null = null;
let pesanMuat = "";

async function muat(): Promise<void> {
  if (!tujuan) {
    pesanMuat = t("gagalMuat");
    return;
  }
  const simpanan = `sakip-skm-kuesioner:${urlApi}`;
  try {
    const res = await fetch(urlApi, { credentials: "omit", headers: { accept: "application/json" } });
    const json: unknown = await res.json().catch(() => ({}));
    if (!res.ok) {
      pesanMuat = String((json as { detail?: string; title?: string }).detail ?? t("gagalMuat"));
      return;
    }
    localStorage.setItem(simpanan, JSON.stringify(json));
    kuesioner = bacaKuesioner(json, tujuan.pemda, tujuan.layanan);
  } catch {
    // offline (a kiosk that lost its connection): the last questionnaire this device saw
    const lama = localStorage.getItem(simpanan);
    if (lama) kuesioner = bacaKuesioner(JSON.parse(lama), tujuan.pemda, tujuan.layanan);
    else pesanMuat = t("gagalMuat");
  }
}

// ── Rendering ────────────────────────────────────────────────────────────────────────────────────────────────────
function tulisKepala(): void {
  document.documentElement.lang = bahasa;
  document.title = `${t("judul")}${kuesioner ? ` — ${pilih(kuesioner.namaLayanan)}` : ""}`;
  const tombol = document.getElementById("bahasa") as HTMLButtonElement;
  tombol.textContent = t("ganti");
  tombol.lang = bahasa === "id" ? "en" : "id";
  const lewati = document.querySelector<HTMLAnchorElement>(".lewati");
  if (lewati) lewati.textContent = t("lewati");
  const merek = document.getElementById("merek");
  if (merek) merek.textContent = [kuesioner?.namaPemda, kuesioner?.namaOpd].filter(Boolean).join(" · ") || "SKM";
}

function tanggal(iso: string): string {
  const d = new Date(`${iso}T00:00:00`);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(bahasa === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric" });
}

function wajib(): HTMLElement {
  return h("span", { class: "wajib" }, ` (${t("wajib")})`);
}

function pilihanRadio(nama: string, nilai: string, label: string, idUnik: string): HTMLElement {
  return h(
    "label",
    { class: "pilihan", for: idUnik },
    h("input", { type: "radio", name: nama, value: nilai, id: idUnik }),
    h("span", {}, label),
  );
}

function grupRadio(
  nama: string,
  legenda: Array<Node | string>,
  pilihan: Array<[string, string]>,
  bantuan?: string,
): HTMLFieldSetElement {
  const idSalah = `salah-${nama}`;
  return h(
    "fieldset",
    { class: "grup", id: `grup-${nama}`, "aria-describedby": idSalah },
    h("legend", {}, ...legenda),
    bantuan ? h("p", { class: "bantuan" }, bantuan) : null,
    h("p", { class: "salah", id: idSalah, hidden: true }),
    h("div", { class: "pilihan-grup" }, ...pilihan.map(([v, l], i) => pilihanRadio(nama, v, l, `${nama}-${i + 1}`))),
  );
}

function bidang(nama: string, label: string, kontrol: HTMLElement, bantuan?: string, harus = true): HTMLElement {
  const idSalah = `salah-${nama}`;
  const idBantu = `bantu-${nama}`;
  kontrol.id = nama;
  kontrol.setAttribute("name", nama);
  kontrol.setAttribute("aria-describedby", [bantuan ? idBantu : "", idSalah].filter(Boolean).join(" "));
  if (harus) kontrol.setAttribute("aria-required", "true");
  return h(
    "div",
    { class: "bidang", id: `grup-${nama}` },
    h("label", { for: nama }, label, harus ? wajib() : null),
    bantuan ? h("p", { class: "bantuan", id: idBantu }, bantuan) : null,
    h("p", { class: "salah", id: idSalah, hidden: true }),
    kontrol,
  );
}

function daftarPilih(opsi: Array<[string, string]>): HTMLSelectElement {
  return h("select", {}, h("option", { value: "" }, t("pilih")), ...opsi.map(([v, l]) => h("option", { value: v }, l)));
}

function tulisFormulir(): void {
  utama.replaceChildren();
  tulisKepala();
  if (!kuesioner) {
    utama.append(h("h1", {}, t("judul")), h("p", { role: "alert", class: "galat" }, pesanMuat || t("gagalMuat")));
    return;
  }
  const k = kuesioner;
  const ringkasan = h("div", { class: "ringkasan-salah", id: "ringkasan-salah", tabindex: -1, hidden: true });
  const MAKS_SARAN = k.maksSaran;
  const saran = h("textarea", { rows: 4, maxlength: MAKS_SARAN });
  const sisa = h("p", { class: "bantuan", id: "sisa-saran", "aria-live": "polite" });
  const perbaruiSisa = () => (sisa.textContent = `${MAKS_SARAN - saran.value.length} ${t("sisa")}`);
  saran.addEventListener("input", perbaruiSisa);
  perbaruiSisa();

  const form = h(
    "form",
    { novalidate: true, id: "formulir", "aria-labelledby": "judul" },
    ringkasan,
    ...k.unsur.map((u, i) =>
      grupRadio(
        u.kode,
        [
          h("span", { class: "nomor" }, `${i + 1}. ${pilih(u.nama)}`),
          h("span", { class: "pertanyaan" }, pilih(u.pertanyaan)),
          wajib(),
        ],
        u.jawaban.map((j, n) => [String(n + 1), pilih(j)] as [string, string]),
      ),
    ),
    h(
      "fieldset",
      { class: "grup tentang" },
      h("legend", {}, t("tentang")),
      h("p", { class: "bantuan" }, t("tidakWajib")),
      bidang(
        "umur",
        t("umur"),
        h("input", { type: "number", inputmode: "numeric", min: 10, max: 120 }),
        undefined,
        false,
      ),
      grupRadio(
        "jenisKelamin",
        [t("jk")],
        [
          ["L", t("L")],
          ["P", t("P")],
        ],
      ),
      bidang("pendidikan", t("pendidikan"), daftarPilih(k.pendidikan.map((p) => [p, p])), undefined, false),
      bidang(
        "pekerjaan",
        t("pekerjaan"),
        daftarPilih(k.pekerjaan.map((p) => [p, labelPekerjaan(p, bahasa)])),
        undefined,
        false,
      ),
    ),
    bidang("saran", t("saran"), saran, t("saranBantu"), false),
    sisa,
    k.wajibKode
      ? bidang("kodeSekali", t("kode"), h("input", { type: "text", autocomplete: "off" }), t("kodeBantu"))
      : null,
    // Honeypot: off screen and out of the tab order; people never fill it, form-filling bots do.
    h(
      "div",
      { class: "jebakan", "aria-hidden": "true" },
      h("label", { for: "situs" }, t("jebakan")),
      h("input", { type: "text", id: "situs", name: "situs", tabindex: -1, autocomplete: "off" }),
    ),
    h("button", { type: "submit", class: "kirim", id: "kirim" }, t("kirim")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void kirim(form, ringkasan);
  });

  tambah(
    utama,
    h("h1", { id: "judul", tabindex: -1 }, t("judul")),
    h("p", { class: "layanan" }, pilih(k.namaLayanan)),
    k.periode
      ? h("p", { class: "periode" }, `${t("periode")}: ${tanggal(k.periode.mulai)} – ${tanggal(k.periode.selesai)}`)
      : null,
    h("p", {}, t("pengantar")),
    KIOSK ? h("p", { class: "status-antrean", id: "status-antrean", role: "status" }) : null,
    form,
  );
  perbaruiStatus();
}

function perbaruiStatus(): void {
  const el = document.getElementById("status-antrean");
  if (!el) return;
  const n = jumlahAntrean();
  el.textContent = [navigator.onLine ? "" : t("luring"), n ? `${n} ${t("antrean")}` : ""].filter(Boolean).join(" ");
}

// ── Validation and sending ───────────────────────────────────────────────────────────────────────────────────────
type Salah = { nama: string; pesan: string; label: string };

function nilaiRadio(form: HTMLFormElement, nama: string): string {
  return (form.querySelector<HTMLInputElement>(`input[name="${nama}"]:checked`)?.value ?? "").trim();
}
function nilai(form: HTMLFormElement, nama: string): string {
  return (form.elements.namedItem(nama) as HTMLInputElement | null)?.value.trim() ?? "";
}

function tampilkanSalah(form: HTMLFormElement, ringkasan: HTMLElement, salah: Salah[]): void {
  for (const p of form.querySelectorAll<HTMLElement>(".salah")) {
    p.hidden = true;
    p.textContent = "";
  }
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  if (!salah.length) {
    ringkasan.hidden = true;
    return;
  }
  for (const s of salah) {
    const p = document.getElementById(`salah-${s.nama}`);
    if (p) {
      p.hidden = false;
      p.textContent = s.pesan;
    }
    for (const el of form.querySelectorAll(`[name="${s.nama}"]`)) el.setAttribute("aria-invalid", "true");
  }
  ringkasan.replaceChildren(
    h("h2", {}, t("adaSalah")),
    h(
      "ul",
      {},
      ...salah.map((s) => {
        const a = h("a", { href: `#grup-${s.nama}` }, `${s.label}: ${s.pesan}`);
        a.addEventListener("click", (e) => {
          e.preventDefault();
          form.querySelector<HTMLElement>(`[name="${s.nama}"]`)?.focus();
        });
        return h("li", {}, a);
      }),
    ),
  );
  ringkasan.hidden = false;
  ringkasan.setAttribute("role", "alert");
  ringkasan.focus();
}

function periksa(form: HTMLFormElement): Salah[] {
  const k = kuesioner as Kuesioner;
  const salah: Salah[] = [];
  k.unsur.forEach((u, i) => {
    if (!nilaiRadio(form, u.kode))
      salah.push({ nama: u.kode, label: `${i + 1}. ${pilih(u.nama)}`, pesan: t("belumDijawab") });
  });
  const umur = nilai(form, "umur");
  if (umur && (!/^\d{1,3}$/.test(umur) || Number(umur) < 10 || Number(umur) > 120))
    salah.push({ nama: "umur", label: t("umur"), pesan: t("umurSalah") });
  if (k.wajibKode && !nilai(form, "kodeSekali"))
    salah.push({ nama: "kodeSekali", label: t("kode"), pesan: t("belumDijawab") });
  return salah;
}

async function kirim(form: HTMLFormElement, ringkasan: HTMLElement): Promise<void> {
  const k = kuesioner as Kuesioner;
  const salah = periksa(form);
  tampilkanSalah(form, ringkasan, salah);
  if (salah.length) return;
  const tombol = form.querySelector<HTMLButtonElement>("#kirim") as HTMLButtonElement;
  tombol.disabled = true;
  tombol.textContent = t("mengirim");
  const kunci = idAcak();
  const isi: Record<string, unknown> = {
    kunci,
    jawaban: Object.fromEntries(k.unsur.map((u) => [u.kode, Number(nilaiRadio(form, u.kode))])),
    responden: {
      umur: nilai(form, "umur") ? Number(nilai(form, "umur")) : null,
      jenisKelamin: nilaiRadio(form, "jenisKelamin") || null,
      pendidikan: nilai(form, "pendidikan") || null,
      pekerjaan: nilai(form, "pekerjaan") || null,
    },
    saran: nilai(form, "saran"),
    saluran: KIOSK ? "kiosk" : param.get("sumber") === "qr" ? "qr" : "online",
  };
  if (k.wajibKode) isi.kodeSekali = nilai(form, "kodeSekali");
  const jebakan = nilai(form, "situs");
  if (jebakan) isi.situs = jebakan;
  const item = { url: urlApi, kunci, isi, dibuat: Date.now() };
  // Outbox first: whatever happens to the request, the answer is on this device with its key.
  masukkan(item);
  const hasil = await kirimSatu(item);
  if (hasil.jenis === "ditolak") {
    tombol.disabled = false;
    tombol.textContent = t("kirim");
    const nama = hasil.field?.split(".").pop() ?? "";
    const ada = nama && document.getElementById(`salah-${nama}`);
    tampilkanSalah(form, ringkasan, [{ nama: ada ? nama : "kirim", label: t("ditolak"), pesan: hasil.pesan }]);
    return;
  }
  void kirimAntrean(); // older queued answers, now that there may be a connection
  selesai(hasil.jenis === "tersimpan");
}

let pewaktuReset: number | undefined;

function selesai(tersimpan: boolean): void {
  utama.replaceChildren();
  const judul = h("h1", { tabindex: -1, id: "terima-kasih" }, t("terimaKasih"));
  const tombol = h("button", { type: "button", class: "kirim", id: "berikutnya" }, t("isiLagi"));
  tombol.addEventListener("click", ulang);
  tambah(
    utama,
    judul,
    h("p", { role: "status" }, tersimpan ? t("tersimpan") : t("tertunda")),
    KIOSK ? h("p", { class: "status-antrean", id: "status-antrean", role: "status" }) : null,
    KIOSK ? h("p", { class: "hitung-mundur", id: "hitung-mundur" }) : null,
    KIOSK ? tombol : null,
  );
  perbaruiStatus();
  judul.focus();
  if (KIOSK) {
    let sisa = JEDA_SELESAI;
    const mundur = document.getElementById("hitung-mundur");
    const detak = () => {
      if (mundur) mundur.textContent = `${t("ulangDalam")} ${sisa} ${t("detik")}`;
      if (sisa-- <= 0) ulang();
      else pewaktuReset = window.setTimeout(detak, 1000);
    };
    detak();
  }
}

function ulang(): void {
  window.clearTimeout(pewaktuReset);
  tulisFormulir();
  window.scrollTo(0, 0);
  document.getElementById("judul")?.focus();
}

// ── Kiosk: idle reset, sync when the connection returns, full screen ────────────────────────────────────────────
function pasangKiosk(): void {
  document.body.classList.add("kiosk");
  let diam: number | undefined;
  const aktif = () => {
    window.clearTimeout(diam);
    diam = window.setTimeout(() => {
      const form = document.getElementById("formulir") as HTMLFormElement | null;
      const terisi =
        form &&
        [...form.querySelectorAll<HTMLInputElement>("input,select,textarea")].some((x) =>
          x.type === "radio" ? x.checked : x.value !== "",
        );
      if (terisi || !form) ulang();
    }, JEDA_DIAM * 1000);
  };
  for (const ev of ["pointerdown", "keydown", "input"]) document.addEventListener(ev, aktif, { passive: true });
  aktif();
  document.addEventListener(
    "pointerdown",
    () => void document.documentElement.requestFullscreen?.().catch(() => undefined),
    { once: true },
  );
  const sinkron = () => void kirimAntrean().then(perbaruiStatus);
  window.addEventListener("online", sinkron);
  window.addEventListener("offline", perbaruiStatus);
  window.setInterval(sinkron, 15_000);
  sinkron();
}

document.getElementById("bahasa")?.addEventListener("click", () => {
  bahasa = bahasa === "id" ? "en" : "id";
  localStorage.setItem("sakip-skm-bahasa", bahasa);
  const form = document.getElementById("formulir");
  if (form) tulisFormulir();
  else tulisKepala();
});

// The service worker keeps this page, its files and the questionnaire for a reload without a connection.
if ("serviceWorker" in navigator && window.isSecureContext) {
  void navigator.serviceWorker.register("/s/sw.js", { scope: "/s/" }).catch(() => undefined);
  void navigator.serviceWorker.ready.then((reg) => {
    const berkas = [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>("script[src],link[href]")].map(
      (el) => (el instanceof HTMLScriptElement ? el.src : el.href),
    );
    reg.active?.postMessage({ simpan: [location.href, ...berkas, ...(urlApi ? [urlApi] : [])] });
  });
}

void muat().then(() => {
  tulisFormulir();
  if (KIOSK) pasangKiosk();
  else void kirimAntrean(); // a phone that queued an answer while offline sends it on its next visit
});
