import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Group,
  Loader,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { getJson, getJsonVersi, konflikVersi, sendJson } from "../../api/client";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import {
  type ArahForm,
  cocokJalur,
  dariIsianRenstra,
  jalurRenstra,
  keIsianRenstra,
  kodeBaru,
  kunciBaru,
  periksaRenstra,
  pindah,
  type RenstraForm,
  type RenstraIsian,
  type SasaranForm,
  type TujuanForm,
} from "./isian-rencana";
import { DaftarArah } from "./DaftarArah";
import { KendaliBaris } from "./KendaliBaris";
import { useIzinRencana } from "./TombolUbahRencana";

const KOSONG: GalatForm = { umum: null, bidang: {} };
type Jenis = "strategi" | "kebijakan";

/**
 * Edits the OPD's Renstra of the period starting `tahunAwal`: period end, document name, note, the RPJMD misi it
 * supports, and the tujuan → sasaran tree with each sasaran's strategi and kebijakan (add, remove, reorder).
 * Loads GET …/renstra/{tahunAwal}, saves the whole document with PUT. The server keeps a sasaran's indicators by
 * its kode and refuses to remove a sasaran that still has indicators, so such a sasaran (and its tujuan) keeps its
 * kode and cannot be removed here. Read-only without the permission or when the perencanaan of `tahunAwal` (the
 * year whose status locks the Renstra) is no longer draft.
 */
export function FormRenstra(props: {
  api: string;
  tahunAwal: number;
  /** The misi of the RPJMD the Renstra supports (GET …/perencanaan/{tahun}); null when there is none. */
  misiRpjmd: Array<{ nomor: number; teks: string }> | null;
  /** Number of indicators per sasaran kode, as stored. */
  indikatorPerSasaran: Record<string, number>;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const bolehUbah = useIzinRencana().renstra;
  const url = `${props.api}/renstra/${props.tahunAwal}`;
  const [f, setF] = useState<RenstraForm | null>(null);
  const [kunciTerikat, setKunciTerikat] = useState<Map<string, number>>(new Map());
  const [status, setStatus] = useState<{ status: string; labelStatus: string } | null>(null);
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [info, setInfo] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  // the version read (ETag), sent back on save; a change by another user since then offers a reload (ADR 0016)
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);

  useEffect(() => {
    getJsonVersi<RenstraIsian>(url).then(
      ({ data: r, versi: v }) => {
        setVersi(v);
        const form = dariIsianRenstra(r);
        // rows loaded with indicators: their kode is the indicators' link (kunci → number of indicators)
        const terikat = new Map<string, number>();
        for (const tj of form.tujuan) {
          for (const s of tj.sasaran) {
            const n = props.indikatorPerSasaran[s.kode] ?? 0;
            if (n > 0) {
              terikat.set(s.kunci, n);
              terikat.set(tj.kunci, (terikat.get(tj.kunci) ?? 0) + n);
            }
          }
        }
        setKunciTerikat(terikat);
        setF(form);
      },
      (e: Error) => setGalat({ umum: e.message, bidang: {} }),
    );
    getJson<Array<{ modul: string; status: string; labelStatus: string }>>(
      `${props.api}/status-periode/${props.tahunAwal}`,
    ).then(
      (d) => setStatus(d.find((x) => x.modul === "perencanaan") ?? null),
      () => setStatus(null),
    );
    // The indicator counts are read once, with the document: the page passes a new object on every render, so
    // depending on it would fetch the document again and throw away the user's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, props.api, props.tahunAwal, muatKe]);

  const terkunci = status !== null && status.status !== "draft";
  const bolehSimpan = bolehUbah && !terkunci;
  const mati = !bolehSimpan || sibuk;
  const pilihanMisi = useMemo(() => {
    const ada = new Map((props.misiRpjmd ?? []).map((m) => [m.nomor, m.teks]));
    for (const n of f?.misiNomor ?? []) if (!ada.has(n)) ada.set(n, "");
    return [...ada.entries()].sort(([a], [b]) => a - b);
  }, [props.misiRpjmd, f?.misiNomor]);

  if (!f) {
    return (
      <Drawer opened onClose={props.tutup} position="right" size="xl" title={t("rencanaForm.ubahRenstra")}>
        {galat.umum ? <Alert color="red">{galat.umum}</Alert> : <Loader size="sm" />}
      </Drawer>
    );
  }

  const ubah = (x: Partial<RenstraForm>) => setF({ ...f, ...x });
  const ubahTujuan = (i: number, x: Partial<TujuanForm>) =>
    ubah({ tujuan: f.tujuan.map((tj, j) => (j === i ? { ...tj, ...x } : tj)) });
  const ubahSasaran = (i: number, j: number, x: Partial<SasaranForm>) =>
    ubahTujuan(i, { sasaran: f.tujuan[i]!.sasaran.map((s, k) => (k === j ? { ...s, ...x } : s)) });
  const ubahArah = (i: number, j: number, jenis: Jenis, daftar: ArahForm[]) =>
    ubahSasaran(i, j, { [jenis]: daftar } as Partial<SasaranForm>);
  const semuaSasaran = f.tujuan.flatMap((tj) => tj.sasaran);

  const simpan = async () => {
    const bidang = periksaRenstra(props.tahunAwal, f, t);
    setInfo(null);
    setGalat({ umum: Object.keys(bidang).length ? t("rencanaForm.periksa") : null, bidang });
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      const r = await sendJson<{ diubah: boolean | number; versi?: string }>(
        "PUT",
        url,
        keIsianRenstra(f),
        versi ? { versi } : undefined,
      );
      if (r.versi) setVersi(r.versi);
      if (!r.diubah) {
        setInfo(t("rencanaForm.tidakAdaPerubahan"));
        return;
      }
      props.tersimpan();
      props.tutup();
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(galatDariServer(e, jalurRenstra(f), cocokJalur));
    } finally {
      setSibuk(false);
    }
  };

  const b = galat.bidang;
  return (
    <Drawer
      opened
      onClose={props.tutup}
      position="right"
      size="xl"
      title={t("rencanaForm.judulRenstra", { awal: props.tahunAwal, akhir: f.tahunAkhir })}
    >
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        {info && <Alert color="blue">{info}</Alert>}
        {terkunci && (
          <Alert color="orange">
            {t("rencanaForm.terkunci", { tahun: props.tahunAwal, status: status?.labelStatus ?? "" })}
          </Alert>
        )}
        {!bolehUbah && <Alert color="gray">{t("rencanaForm.hanyaLihat")}</Alert>}
        <Group grow>
          <NumberInput label={t("rencanaForm.tahunAwal")} value={props.tahunAwal} disabled />
          <NumberInput
            label={t("rencanaForm.tahunAkhir")}
            min={props.tahunAwal}
            max={props.tahunAwal + 9}
            allowDecimal={false}
            value={f.tahunAkhir}
            error={b.tahunAkhir}
            disabled={mati}
            onChange={(v) => ubah({ tahunAkhir: typeof v === "number" ? v : Number(v) })}
          />
        </Group>
        <TextInput
          label={t("rencanaForm.namaDokumen")}
          maxLength={500}
          value={f.namaDokumen}
          error={b.namaDokumen}
          disabled={mati}
          onChange={(e) => ubah({ namaDokumen: e.currentTarget.value })}
        />
        <Textarea
          label={t("rencanaForm.catatan")}
          autosize
          maxLength={2000}
          value={f.catatan ?? ""}
          error={b.catatan}
          disabled={mati}
          onChange={(e) => ubah({ catatan: e.currentTarget.value === "" ? null : e.currentTarget.value })}
        />
        {pilihanMisi.length > 0 && (
          <Checkbox.Group
            label={t("rencanaForm.misiDidukung")}
            error={b.misiNomor}
            value={f.misiNomor.map(String)}
            onChange={(v) => ubah({ misiNomor: v.map(Number).sort((x, y) => x - y) })}
          >
            <Stack gap={4} mt={4}>
              {pilihanMisi.map(([nomor, teks]) => (
                <Checkbox
                  key={nomor}
                  size="xs"
                  value={String(nomor)}
                  disabled={mati}
                  label={`${t("rencanaForm.misiKe", { nomor })}${teks ? `: ${teks}` : ""}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {f.tujuan.map((tj, i) => {
          const tjTerikat = kunciTerikat.has(tj.kunci);
          return (
            <Paper key={tj.kunci} withBorder p="xs">
              <Stack gap="xs">
                <Group align="flex-start" wrap="nowrap" gap="xs">
                  <TextInput
                    w={90}
                    label={t("rencanaForm.kode")}
                    maxLength={50}
                    value={tj.kode}
                    error={b[`tujuan.${i}.kode`]}
                    disabled={mati || tjTerikat}
                    onChange={(e) => ubahTujuan(i, { kode: e.currentTarget.value })}
                  />
                  <Textarea
                    style={{ flex: 1 }}
                    label={`${t("rencana.tujuan")} ${tj.kode}`}
                    autosize
                    maxLength={2000}
                    value={tj.teks}
                    error={b[`tujuan.${i}.teks`]}
                    disabled={mati}
                    onChange={(e) => ubahTujuan(i, { teks: e.currentTarget.value })}
                  />
                  <KendaliBaris
                    label={`${t("rencana.tujuan")} ${tj.kode}`}
                    i={i}
                    n={f.tujuan.length}
                    nonaktif={mati}
                    alasanTetap={tjTerikat ? t("rencanaForm.tujuanAdaIndikator") : null}
                    pindah={(arah) => ubah({ tujuan: pindah(f.tujuan, i, arah) })}
                    hapus={() => ubah({ tujuan: f.tujuan.filter((_, j) => j !== i) })}
                  />
                </Group>
                {tj.sasaran.map((s, j) => {
                  const n = kunciTerikat.get(s.kunci) ?? 0;
                  const arah = (jenis: Jenis) => (
                    <DaftarArah
                      jenis={jenis}
                      sasaranKode={s.kode}
                      jalur={`tujuan.${i}.sasaran.${j}`}
                      daftar={s[jenis]}
                      galat={b}
                      nonaktif={mati}
                      ubah={(daftar) => ubahArah(i, j, jenis, daftar)}
                    />
                  );
                  return (
                    <Paper key={s.kunci} withBorder p="xs" ml="md" bg="var(--mantine-color-gray-light)">
                      <Stack gap={6}>
                        <Group align="flex-start" wrap="nowrap" gap="xs">
                          <TextInput
                            w={90}
                            label={t("rencanaForm.kode")}
                            maxLength={50}
                            value={s.kode}
                            error={b[`tujuan.${i}.sasaran.${j}.kode`]}
                            disabled={mati || n > 0}
                            onChange={(e) => ubahSasaran(i, j, { kode: e.currentTarget.value })}
                          />
                          <Textarea
                            style={{ flex: 1 }}
                            label={`${t("kinerja.sasaran")} ${s.kode}`}
                            autosize
                            maxLength={2000}
                            value={s.teks}
                            error={b[`tujuan.${i}.sasaran.${j}.teks`]}
                            disabled={mati}
                            onChange={(e) => ubahSasaran(i, j, { teks: e.currentTarget.value })}
                          />
                          <KendaliBaris
                            label={`${t("kinerja.sasaran")} ${s.kode}`}
                            i={j}
                            n={tj.sasaran.length}
                            nonaktif={mati}
                            alasanTetap={n > 0 ? t("rencanaForm.adaIndikator", { n }) : null}
                            pindah={(arah) => ubahTujuan(i, { sasaran: pindah(tj.sasaran, j, arah) })}
                            hapus={() => ubahTujuan(i, { sasaran: tj.sasaran.filter((_, k) => k !== j) })}
                          />
                        </Group>
                        {n > 0 && (
                          <Text size="xs" c="dimmed">
                            {t("rencanaForm.adaIndikator", { n })}
                          </Text>
                        )}
                        <Text size="sm" fw={600}>
                          {t("rencana.strategi")}
                        </Text>
                        {arah("strategi")}
                        <Text size="sm" fw={600}>
                          {t("rencana.kebijakan")}
                        </Text>
                        {arah("kebijakan")}
                      </Stack>
                    </Paper>
                  );
                })}
                <Group ml="md">
                  <Button
                    size="xs"
                    variant="light"
                    disabled={mati}
                    onClick={() =>
                      ubahTujuan(i, {
                        sasaran: [
                          ...tj.sasaran,
                          {
                            kunci: kunciBaru(),
                            kode: kodeBaru("S", semuaSasaran),
                            teks: "",
                            sumber: null,
                            strategi: [],
                            kebijakan: [],
                          },
                        ],
                      })
                    }
                  >
                    {t("rencanaForm.tambahSasaran")}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            size="xs"
            variant="light"
            disabled={mati}
            onClick={() =>
              ubah({
                tujuan: [
                  ...f.tujuan,
                  { kunci: kunciBaru(), kode: kodeBaru("T", f.tujuan), teks: "", sumber: null, sasaran: [] },
                ],
              })
            }
          >
            {t("rencanaForm.tambahTujuan")}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("batal")}
          </Button>
          {bolehSimpan && (
            <Button loading={sibuk} onClick={() => void simpan()}>
              {t("simpan")}
            </Button>
          )}
        </Group>
      </Stack>
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          setMuatKe((n) => n + 1);
        }}
        tutup={() => setKonflik(false)}
      />
    </Drawer>
  );
}
