import {
  Alert,
  Button,
  Drawer,
  Group,
  Loader,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import {
  cocokJalur,
  dariIsianRpjmd,
  jalurRpjmd,
  keIsianRpjmd,
  kunciBaru,
  nomoriMisi,
  periksaRpjmd,
  pindah,
  type RpjmdForm,
} from "./isian-rencana";
import { KendaliBaris } from "./KendaliBaris";
import { useIzinRencana } from "./TombolUbahRencana";

const KOSONG: GalatForm = { umum: null, bidang: {} };

/**
 * Edits the Pemda's RPJMD of the period starting `tahunAwal`: visi, its key words with their explanation, and the
 * misi list (add, remove, reorder; numbered 1..n). Loads GET …/rpjmd/{tahunAwal} and saves the whole document with
 * PUT (the server checks again and answers per field). Read-only unless the user may edit the Pemda's RPJMD (useIzinRencana).
 */
export function FormRpjmd(props: { pemda: string; tahunAwal: number; tutup(): void; tersimpan(): void }) {
  const { t } = useI18n();
  const bolehUbah = useIzinRencana().rpjmd;
  const path = { pemda: props.pemda, tahunAwal: props.tahunAwal };
  const [f, setF] = useState<RpjmdForm | null>(null);
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [info, setInfo] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState(false);
  // the version read (ETag), sent back on save; a change by another user since then offers a reload (ADR 0016)
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);

  useEffect(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}", { params: { path } })).then(
      ({ data: r, versi: v }) => {
        setVersi(v);
        setF(dariIsianRpjmd(r));
      },
      (e: Error) => setGalat({ umum: e.message, bidang: {} }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `path` is rebuilt each render from these two
  }, [props.pemda, props.tahunAwal, muatKe]);

  const mati = !bolehUbah || sibuk;
  const ubah = (x: Partial<RpjmdForm>) => f && setF({ ...f, ...x });

  const simpan = async () => {
    if (!f) return;
    const bidang = periksaRpjmd(props.tahunAwal, f, t);
    setInfo(null);
    setGalat({ umum: Object.keys(bidang).length ? t("rencanaForm.periksa") : null, bidang });
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      const r = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}", {
          params: { path },
          body: keIsianRpjmd(f),
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
      setGalat(galatDariServer(e, jalurRpjmd(f), cocokJalur));
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
      title={t("rencanaForm.judulRpjmd", { awal: props.tahunAwal, akhir: f?.tahunAkhir ?? "…" })}
    >
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        {info && <Alert color="blue">{info}</Alert>}
        {!bolehUbah && <Alert color="gray">{t("rencanaForm.hanyaLihat")}</Alert>}
        {!f ? (
          !galat.umum && <Loader size="sm" />
        ) : (
          <>
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
            <Textarea
              label={t("rencana.visi")}
              autosize
              minRows={2}
              maxLength={2000}
              value={f.visi}
              error={b.visi}
              disabled={mati}
              onChange={(e) => ubah({ visi: e.currentTarget.value })}
            />
            <TextInput
              label={t("rencanaForm.sumber")}
              maxLength={2000}
              value={f.sumber ?? ""}
              error={b.sumber}
              disabled={mati}
              onChange={(e) => ubah({ sumber: e.currentTarget.value === "" ? null : e.currentTarget.value })}
            />
            <Title order={5}>{t("rencanaForm.kataKunci")}</Title>
            {f.kataKunci.map((k, i) => (
              <Group key={k.kunci} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  w={180}
                  label={t("rencanaForm.kata")}
                  maxLength={200}
                  value={k.kata}
                  error={b[`kataKunci.${i}.kata`]}
                  disabled={mati}
                  onChange={(e) => {
                    const kata = e.currentTarget.value;
                    ubah({ kataKunci: f.kataKunci.map((x, j) => (j === i ? { ...x, kata } : x)) });
                  }}
                />
                <Textarea
                  style={{ flex: 1 }}
                  label={t("rencanaForm.penjelasan")}
                  autosize
                  maxLength={2000}
                  value={k.penjelasan}
                  error={b[`kataKunci.${i}.penjelasan`]}
                  disabled={mati}
                  onChange={(e) => {
                    const penjelasan = e.currentTarget.value;
                    ubah({ kataKunci: f.kataKunci.map((x, j) => (j === i ? { ...x, penjelasan } : x)) });
                  }}
                />
                <KendaliBaris
                  label={`${t("rencanaForm.kata")} ${k.kata || i + 1}`}
                  i={i}
                  n={f.kataKunci.length}
                  nonaktif={mati}
                  pindah={(arah) => ubah({ kataKunci: pindah(f.kataKunci, i, arah) })}
                  hapus={() => ubah({ kataKunci: f.kataKunci.filter((_, j) => j !== i) })}
                />
              </Group>
            ))}
            <Button
              size="xs"
              variant="light"
              disabled={mati}
              onClick={() => ubah({ kataKunci: [...f.kataKunci, { kunci: kunciBaru(), kata: "", penjelasan: "" }] })}
            >
              {t("rencanaForm.tambahKataKunci")}
            </Button>
            <Title order={5}>{t("rencana.misi")}</Title>
            <Text size="xs" c="dimmed">
              {t("rencanaForm.catatanNomorMisi")}
            </Text>
            {f.misi.map((m, i) => (
              <Group key={m.kunci} align="flex-start" wrap="nowrap" gap="xs">
                <Textarea
                  style={{ flex: 1 }}
                  label={t("rencanaForm.misiKe", { nomor: m.nomor })}
                  autosize
                  maxLength={2000}
                  value={m.teks}
                  error={b[`misi.${i}.teks`] ?? b[`misi.${i}.nomor`]}
                  disabled={mati}
                  onChange={(e) => {
                    const teks = e.currentTarget.value;
                    ubah({ misi: f.misi.map((x, j) => (j === i ? { ...x, teks } : x)) });
                  }}
                />
                <KendaliBaris
                  label={t("rencanaForm.misiKe", { nomor: m.nomor })}
                  i={i}
                  n={f.misi.length}
                  nonaktif={mati}
                  pindah={(arah) => ubah({ misi: nomoriMisi(pindah(f.misi, i, arah)) })}
                  hapus={() => ubah({ misi: nomoriMisi(f.misi.filter((_, j) => j !== i)) })}
                />
              </Group>
            ))}
            <Button
              size="xs"
              variant="light"
              disabled={mati}
              onClick={() => ubah({ misi: nomoriMisi([...f.misi, { kunci: kunciBaru(), nomor: 0, teks: "" }]) })}
            >
              {t("rencanaForm.tambahMisi")}
            </Button>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("batal")}
          </Button>
          {bolehUbah && (
            <Button loading={sibuk} disabled={!f} onClick={() => void simpan()}>
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
