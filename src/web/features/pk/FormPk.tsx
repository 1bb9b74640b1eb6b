import { Alert, Button, Drawer, Group, Loader, Stack, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader, type SyaratTulis } from "../../api/client";
import { opdDariApi } from "../../api/kueri";
import { CekNomenklatur } from "../anggaran/CekNomenklatur";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, periksaAngka } from "../hasil/galat-form";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { BarisAnggaranPk } from "./BarisAnggaranPk";
import { BarisKinerjaPk } from "./BarisKinerjaPk";
import {
  type BarisA,
  type BarisK,
  barisKBaru,
  dariDokumenA,
  dariDokumenK,
  galatPk,
  keDokumenA,
  keDokumenK,
  posisi,
  TINGKAT_BAWAAN,
} from "./form-pk";
import { HapusPk } from "./HapusPk";
import { type IsianKepalaPk, KepalaPk } from "./KepalaPk";
import { useKandidat, usePilihanPk } from "./pilihan-pk";
import type { LevelPk } from "./tipe";

/** The PK's kode for a copy: "…-awal-…" becomes "…-perubahan-…", else "-perubahan" is appended. */
const kodePerubahan = (kode: string) =>
  kode.includes("awal") ? kode.replace("awal", "perubahan") : `${kode}-perubahan`;

/**
 * Creates, edits (`kode`) or copies as PK Perubahan (`salinDari`, an awal PK) one Perjanjian Kinerja of the year:
 * level, version, parties, place, date, kinerja rows with child rows and their cascade parent in the superior's PK,
 * and budget rows. Saves the whole document (PUT …/pk-dokumen/{kode}); an edited PK can be deleted after a
 * confirmation. Read-only when the year's PK period is not in draft (`bolehUbah` false). The save and the deletion
 * send the version read (If-Match; a new PK If-None-Match: *); when another user changed the PK meanwhile, the
 * dialog offers to reload it (ADR 0016).
 */
export function FormPk(props: {
  api: string;
  tahun: number;
  kode?: string;
  salinDari?: string;
  bolehUbah: boolean;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const o = opdDariApi(props.api);
  const { pejabat, indikator } = usePilihanPk(o, props.tahun);
  const sumberKode = props.kode ?? props.salinDari;
  const [siap, setSiap] = useState(!sumberKode);
  const [level, setLevel] = useState<LevelPk>("kepala-opd");
  const [jenis, setJenis] = useState<"awal" | "perubahan">(props.salinDari ? "perubahan" : "awal");
  const [kode, setKode] = useState(props.kode ?? (props.salinDari ? kodePerubahan(props.salinDari) : ""));
  const [pihak1, setPihak1] = useState<string | null>(null);
  const [pihak2, setPihak2] = useState<string | null>(null);
  const [tempat, setTempat] = useState("");
  const [tanggal, setTanggal] = useState(`${props.tahun}-01-02`);
  const [sumber, setSumber] = useState<string | null>(null);
  const [kinerja, setKinerja] = useState<BarisK[]>([barisKBaru(TINGKAT_BAWAAN["kepala-opd"], "1")]);
  const [anggaran, setAnggaran] = useState<BarisA[]>([]);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [sibuk, setSibuk] = useState(false);
  const [tanyaHapus, setTanyaHapus] = useState(false);
  /** The version of the stored PK the form was loaded from (null: nothing loaded, a new PK or a copy). */
  const [versiPk, setVersiPk] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);
  const ubahKepala = (x: Partial<IsianKepalaPk>) => {
    if (x.level !== undefined) setLevel(x.level);
    if (x.jenis !== undefined) setJenis(x.jenis);
    if (x.kode !== undefined) setKode(x.kode);
    if (x.pihak1 !== undefined) setPihak1(x.pihak1);
    if (x.pihak2 !== undefined) setPihak2(x.pihak2);
    if (x.tempat !== undefined) setTempat(x.tempat);
    if (x.tanggal !== undefined) setTanggal(x.tanggal);
  };
  const kandidat = useKandidat(o, props.tahun, level, pihak2, props.kode);
  const kodePk = kode.trim() || `pk-${props.tahun}-${level}-${jenis}`;
  const opsiPejabat = pejabat.map((p) => ({ value: p.kode, label: `${p.nama} — ${p.jabatan}` }));
  const terkunci = !props.bolehUbah;
  // below the sm breakpoint (48em) the form takes the whole screen; above it most of the width (rows are wide)
  const layarKecil = useMediaQuery("(max-width: 48em)") ?? false;

  useEffect(() => {
    if (!sumberKode) return;
    jawabVersi(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}", { params: { path: { ...o, kode: sumberKode } } }),
    ).then(
      ({ data: d, versi: v }) => {
        const salin = Boolean(props.salinDari);
        setVersiPk(salin ? null : v);
        setGalat({ umum: null, bidang: {} });
        setLevel(d.level);
        if (!salin) setJenis(d.jenis);
        setPihak1(d.pihakPertamaKode);
        setPihak2(d.pihakKeduaKode);
        setTempat(d.tempat);
        setTanggal(d.tanggal);
        setSumber(d.sumber ?? null);
        setKinerja(d.kinerja.map((r) => dariDokumenK(r, salin)));
        setAnggaran(d.anggaran.map(dariDokumenA));
        setSiap(true);
      },
      (e: Error) => {
        setGalat({ umum: e.message, bidang: {} });
        setSiap(true);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `o` is rebuilt each render from props.api
  }, [props.api, sumberKode, props.salinDari, muatKe]);

  /** The stored PK under kodePk is the one loaded (its version), or a new one (must not exist yet). */
  const syarat = (): SyaratTulis =>
    props.kode && kodePk === props.kode && versiPk ? { versi: versiPk } : { baru: true };
  const tanganiGalat = (e: unknown) => {
    if (konflikVersi(e)) setKonflik(true);
    else setGalat(galatPk(e, kinerja, anggaran));
  };
  const muatUlang = () => {
    setKonflik(false);
    // an edited PK is read again; a new PK that another user created meanwhile shows in the refreshed list
    if (props.kode) setMuatKe((n) => n + 1);
    else {
      props.tersimpan();
      props.tutup();
    }
  };

  const periksa = (): Record<string, string> => {
    const bidang: Record<string, string> = {};
    const wajib = (label: string) => t("form.wajib", { label });
    if (!pihak1) bidang.pihak1 = wajib(t("pk.form.pihak1"));
    if (!pihak2) bidang.pihak2 = wajib(t("pk.form.pihak2"));
    if (!tempat.trim()) bidang.tempat = wajib(t("pk.form.tempat"));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) bidang.tanggal = wajib(t("pk.form.tanggal"));
    for (const { baris: k, pos } of posisi(kinerja))
      for (const f of ["sasaran", "indikator", "satuan"] as const)
        if (!k[f].trim())
          bidang[`k:${pos}:${f}`] = t("pk.v.barisKinerja", { pos, kolom: t(`kinerja.${f}`).toLocaleLowerCase() });
    for (const { baris: a, pos } of posisi(anggaran)) {
      if (!a.uraian.trim()) bidang[`a:${pos}:uraian`] = t("pk.v.barisAnggaranUraian", { pos });
      const teks = a.anggaran.trim();
      const label = t("pk.v.labelAnggaran", { pos });
      if (periksaAngka(teks, label))
        bidang[`a:${pos}:anggaran`] = teks ? t("form.bukanAngka", { label, teks }) : wajib(label);
    }
    return bidang;
  };

  const simpan = async () => {
    const bidang = periksa();
    setGalat({ umum: null, bidang });
    // (both parties are checked by periksa(); the second test only tells the compiler)
    if (Object.keys(bidang).length || !pihak1 || !pihak2) return;
    setSibuk(true);
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}", {
          params: { path: { ...o, kode: kodePk } },
          headers: syaratHeader(syarat()),
          body: {
            tahun: props.tahun,
            jenis,
            level,
            pihakPertamaKode: pihak1,
            pihakKeduaKode: pihak2,
            tempat: tempat.trim(),
            tanggal,
            sumber,
            kinerja: kinerja.map(keDokumenK),
            anggaran: anggaran.map(keDokumenA),
          },
        }),
      );
      props.tersimpan();
      props.tutup();
    } catch (e) {
      tanganiGalat(e);
    } finally {
      setSibuk(false);
    }
  };

  const hapus = async () => {
    setSibuk(true);
    try {
      await jawab(
        klien.DELETE("/api/v1/pemda/{pemda}/opd/{opd}/pk-dokumen/{kode}", {
          params: { path: { ...o, kode: props.kode! } },
          headers: syaratHeader(versiPk ? { versi: versiPk } : undefined),
        }),
      );
      props.tersimpan();
      props.tutup();
    } catch (e) {
      setTanyaHapus(false);
      tanganiGalat(e);
    } finally {
      setSibuk(false);
    }
  };

  const b = galat.bidang;
  const versi = t(jenis === "perubahan" ? "pk.form.perubahan" : "pk.form.awal");
  const namaPihak1 = pejabat.find((p) => p.kode === pihak1)?.nama;
  const judul = props.kode
    ? namaPihak1
      ? t("pk.ubah.judul", { versi, pejabat: namaPihak1 })
      : t("pk.ubah.judulTanpaPejabat", { versi })
    : props.salinDari
      ? t("pk.salin.judul", { tahun: props.tahun, kode: props.salinDari })
      : t("pk.form.judul", { tahun: props.tahun });
  return (
    <Drawer
      opened
      onClose={props.tutup}
      position="right"
      size={layarKecil ? "100%" : "min(1200px, 90vw)"}
      title={judul}
    >
      {!siap ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="xs" data-testid="form-pk">
          {terkunci && <Alert color="yellow">{t("pk.ubah.terkunci")}</Alert>}
          {galat.umum && (
            <Alert color="red" data-testid="form-pk-galat">
              {galat.umum}
            </Alert>
          )}
          <KepalaPk
            nilai={{ level, jenis, kode, pihak1, pihak2, tempat, tanggal }}
            ubah={ubahKepala}
            kodeBawaan={kodePk}
            kodeTetap={Boolean(props.kode)}
            opsiPejabat={opsiPejabat}
            galat={b}
            terkunci={terkunci}
          />
          <Title order={5}>{t("pk.form.kinerja")}</Title>
          <BarisKinerjaPk
            rows={kinerja}
            setRows={setKinerja}
            indikator={indikator}
            kandidat={kandidat}
            tingkat={TINGKAT_BAWAAN[level]}
            galat={b}
            disabled={terkunci}
          />
          <Title order={5}>{t("pk.form.anggaran")}</Title>
          <BarisAnggaranPk rows={anggaran} setRows={setAnggaran} galat={b} disabled={terkunci} />
          <CekNomenklatur api={props.api} tahun={props.tahun} rows={anggaran} />
          <Group justify="space-between">
            <div>
              {props.kode && !terkunci && (
                <Button color="red" variant="light" onClick={() => setTanyaHapus(true)} data-testid="tombol-hapus-pk">
                  {t("pk.hapus.tombol")}
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={props.tutup}>
                {t("batal")}
              </Button>
              <Button loading={sibuk} disabled={terkunci} onClick={() => void simpan()}>
                {t("simpan")}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
      <HapusPk
        opened={tanyaHapus}
        kode={props.kode ?? ""}
        sibuk={sibuk}
        batal={() => setTanyaHapus(false)}
        hapus={() => void hapus()}
      />
      <DialogKonflik opened={konflik} muatUlang={muatUlang} tutup={() => setKonflik(false)} />
    </Drawer>
  );
}
