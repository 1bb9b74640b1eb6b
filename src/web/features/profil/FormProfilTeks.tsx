import { Alert, Button, Group, Loader, Modal, Stack, Tabs, Textarea, TextInput } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { type JalurOpd, useBolehUbahOpd } from "./boleh-ubah";
import { type BarisButir, DaftarButir, kunciBaru } from "./DaftarButir";
import { type GalatBaris, galatBaris, kunciSel, TANPA_GALAT } from "./galat-baris";
import { type Butir, type ProfilTeks, teksMasukan } from "./profil-masukan";

export type BagianTeks = "tugas" | "dasarHukum" | "inovasi" | "alamat";

type Isi = Omit<ProfilTeks, "fungsi" | "dasarHukum" | "inovasi"> & {
  fungsi: BarisButir[];
  dasarHukum: BarisButir[];
  inovasi: BarisButir[];
};

const DAFTAR = ["fungsi", "dasarHukum", "inovasi"] as const;
/** Service error fields ("dasar hukum") → list keys. */
const DARI_FIELD: Record<string, string> = { fungsi: "fungsi", "dasar hukum": "dasarHukum", inovasi: "inovasi" };

const berkunci = (b: Butir[]): BarisButir[] => b.map((x) => ({ ...x, kunci: kunciBaru() }));
const tanpaKunci = (b: BarisButir[]): Butir[] => b.map(({ kunci: _k, ...x }) => x);

/** Edit button for a section heading; hidden for users who may not edit this OPD's organisation. */
export function TombolProfilTeks(props: { jalur: JalurOpd; bagian: BagianTeks; tersimpan(): void }) {
  const { t } = useI18n();
  const boleh = useBolehUbahOpd(props.jalur.opd);
  const [buka, setBuka] = useState(false);
  if (!boleh) return null;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPencil size={12} />}
        data-testid={`tombol-ubah-${props.bagian}`}
        onClick={() => setBuka(true)}
      >
        {t("kinerja.ubah")}
      </Button>
      {buka && (
        <FormProfilTeks
          jalur={props.jalur}
          bagian={props.bagian}
          tutup={(disimpan) => {
            setBuka(false);
            if (disimpan) props.tersimpan();
          }}
        />
      )}
    </>
  );
}

/**
 * Edits the OPD's Bab I texts as one document (PUT …/profil-teks): alamat, tugas pokok with its legal basis, fungsi,
 * landasan hukum and inovasi lists (add, remove, reorder). Empty texts are refused here and again by the server;
 * the server's message is shown at the row it names.
 */
export function FormProfilTeks(props: { jalur: JalurOpd; bagian: BagianTeks; tutup(disimpan: boolean): void }) {
  const { t } = useI18n();
  const [isi, setIsi] = useState<Isi | null>(null);
  const [galat, setGalat] = useState<GalatBaris>(TANPA_GALAT);
  const [kirim, setKirim] = useState(false);
  // the version of the profile read (ETag), sent back on save; a change by another user since offers a reload
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);
  const { pemda, opd } = props.jalur;
  useEffect(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: { pemda, opd } } })).then(
      ({ data: p, versi: v }) => {
        setVersi(v);
        setIsi({
          ...teksMasukan(p),
          fungsi: berkunci(p.fungsi),
          dasarHukum: berkunci(p.dasarHukum),
          inovasi: berkunci(p.inovasi),
        });
      },
      (e: Error) => setGalat({ umum: e.message, sel: {} }),
    );
  }, [pemda, opd, muatKe]);

  const periksa = (x: Isi): GalatBaris => {
    const sel: Record<string, string> = {};
    for (const d of DAFTAR) {
      x[d].forEach((b, i) => {
        if (!b.teks.trim()) sel[kunciSel(d, i, "teks")] = t("profil.teksWajib");
      });
    }
    return { umum: Object.keys(sel).length ? t("profil.periksaIsian") : null, sel };
  };

  const simpan = async () => {
    if (!isi) return;
    const g = periksa(isi);
    setGalat(g);
    if (g.umum) return;
    setKirim(true);
    try {
      const body = teksMasukan({
        ...isi,
        fungsi: tanpaKunci(isi.fungsi),
        dasarHukum: tanpaKunci(isi.dasarHukum),
        inovasi: tanpaKunci(isi.inovasi),
      });
      const r = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/profil-teks", {
          params: { path: { pemda, opd } },
          body,
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      props.tutup(Boolean(r.diubah));
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(galatBaris(e, (f) => DARI_FIELD[f] ?? ""));
    } finally {
      setKirim(false);
    }
  };

  const teks = (f: "alamat" | "dasarTugas" | "tugas") => (e: { currentTarget: { value: string } }) =>
    isi && setIsi({ ...isi, [f]: e.currentTarget.value || null });
  const daftar = (d: (typeof DAFTAR)[number], label: string, denganJudul = false) =>
    isi && (
      <DaftarButir
        daftar={d}
        label={label}
        rows={isi[d]}
        denganJudul={denganJudul}
        galat={galat.sel}
        ubah={(rows) => setIsi({ ...isi, [d]: rows })}
      />
    );
  const adaGalat = (...d: string[]) =>
    Object.keys(galat.sel).some((k) => d.some((x) => k.startsWith(`${x}.`))) ? "red" : undefined;

  return (
    <Modal opened onClose={() => props.tutup(false)} title={t("profil.teks.judul")} size="xl">
      {galat.umum && (
        <Alert color="red" mb="sm" data-testid="galat-profil-teks">
          {galat.umum}
        </Alert>
      )}
      {!isi ? (
        !galat.umum && <Loader size="sm" />
      ) : (
        <Stack>
          <Tabs defaultValue={props.bagian} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="tugas" color={adaGalat("fungsi")}>
                {t("profil.tugas")}
              </Tabs.Tab>
              <Tabs.Tab value="dasarHukum" color={adaGalat("dasarHukum")}>
                {t("profil.dasarHukum")}
              </Tabs.Tab>
              <Tabs.Tab value="inovasi" color={adaGalat("inovasi")}>
                {t("profil.inovasi")}
              </Tabs.Tab>
              <Tabs.Tab value="alamat">{t("profil.alamat")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="tugas" pt="sm">
              <Stack gap="sm">
                <Textarea
                  label={t("profil.dasarTugas")}
                  autosize
                  minRows={1}
                  value={isi.dasarTugas ?? ""}
                  onChange={teks("dasarTugas")}
                />
                <Textarea
                  label={t("profil.tugasPokok")}
                  autosize
                  minRows={2}
                  value={isi.tugas ?? ""}
                  onChange={teks("tugas")}
                  data-testid="isian-tugas"
                />
                {daftar("fungsi", t("profil.fungsi"))}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="dasarHukum" pt="sm">
              {daftar("dasarHukum", t("profil.dasarHukum"))}
            </Tabs.Panel>
            <Tabs.Panel value="inovasi" pt="sm">
              {daftar("inovasi", t("profil.inovasi"), true)}
            </Tabs.Panel>
            <Tabs.Panel value="alamat" pt="sm">
              <TextInput
                label={t("profil.alamat")}
                value={isi.alamat ?? ""}
                onChange={teks("alamat")}
                data-testid="isian-alamat"
              />
            </Tabs.Panel>
          </Tabs>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => props.tutup(false)}>
              {t("batal")}
            </Button>
            <Button onClick={() => void simpan()} loading={kirim} data-testid="simpan-profil-teks">
              {t("simpan")}
            </Button>
          </Group>
        </Stack>
      )}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          setMuatKe((n) => n + 1);
        }}
        tutup={() => setKonflik(false)}
      />
    </Modal>
  );
}
