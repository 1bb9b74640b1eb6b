import { Alert, Button, Drawer, Group, Loader, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, opdDariApi } from "../../api/kueri";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import {
  cocokJalur,
  dariIsianRenstra,
  jalurRenstra,
  keIsianRenstra,
  kunciBerindikator,
  kodeBaru,
  kunciBaru,
  periksaRenstra,
  pindah,
  type RenstraForm,
  type TujuanForm,
} from "./isian-rencana";
import { IsianTujuan } from "./IsianTujuan";
import { PilihMisi } from "./PilihMisi";
import { useIzinRencana } from "./TombolUbahRencana";

const KOSONG: GalatForm = { umum: null, bidang: {} };

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
  const o = opdDariApi(props.api);
  const path = { ...o, tahunAwal: props.tahunAwal };
  const [f, setF] = useState<RenstraForm | null>(null);
  const [kunciTerikat, setKunciTerikat] = useState<Map<string, number>>(new Map());
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [info, setInfo] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  // the version read (ETag), sent back on save; a change by another user since then offers a reload (ADR 0016)
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);

  useEffect(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/renstra/{tahunAwal}", { params: { path } })).then(
      ({ data: r, versi: v }) => {
        setVersi(v);
        const form = dariIsianRenstra(r);
        setKunciTerikat(kunciBerindikator(form, props.indikatorPerSasaran));
        setF(form);
      },
      (e: Error) => setGalat({ umum: e.message, bidang: {} }),
    );
    // The indicator counts are read once, with the document: the page passes a new object on every render, so
    // depending on it would fetch the document again and throw away the user's edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.api, props.tahunAwal, muatKe]);
  // the status of `tahunAwal` locks the Renstra; unreadable = not known to be locked (the server checks again)
  const qStatus = useQuery({
    queryKey: kunci.statusRencana(o, props.tahunAwal),
    queryFn: () =>
      jawab(
        klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}", {
          params: { path: { ...o, tahun: props.tahunAwal } },
        }),
      ),
  });
  const status = qStatus.data?.find((x) => x.modul === "perencanaan") ?? null;

  const terkunci = status !== null && status.status !== "draft";
  const bolehSimpan = bolehUbah && !terkunci;
  const mati = !bolehSimpan || sibuk;

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
  const semuaSasaran = f.tujuan.flatMap((tj) => tj.sasaran);

  const simpan = async () => {
    const bidang = periksaRenstra(props.tahunAwal, f, t);
    setInfo(null);
    setGalat({ umum: Object.keys(bidang).length ? t("rencanaForm.periksa") : null, bidang });
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      const r = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/renstra/{tahunAwal}", {
          params: { path },
          body: keIsianRenstra(f),
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
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
        <PilihMisi
          misiRpjmd={props.misiRpjmd}
          misiNomor={f.misiNomor}
          galat={b.misiNomor}
          nonaktif={mati}
          ubah={(misiNomor) => ubah({ misiNomor })}
        />
        {f.tujuan.map((tj, i) => (
          <IsianTujuan
            key={tj.kunci}
            tujuan={tj}
            i={i}
            n={f.tujuan.length}
            kunciTerikat={kunciTerikat}
            semuaSasaran={semuaSasaran}
            galat={b}
            nonaktif={mati}
            ubah={(x) => ubahTujuan(i, x)}
            pindah={(arah) => ubah({ tujuan: pindah(f.tujuan, i, arah) })}
            hapus={() => ubah({ tujuan: f.tujuan.filter((_, j) => j !== i) })}
          />
        ))}
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
