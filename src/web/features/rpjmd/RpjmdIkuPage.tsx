/**
 * The Pemda's RPJMD IKU and the Kabupaten LKjIP (issue 15, ADR 0036): capaian per IKU of a year (rules core, from
 * the API), downloads of the report in every format, and for the Admin Pemda the IKU document (tujuan, sasaran,
 * IKU, targets, entered realisasi, links to OPD indicators) edited as JSON and saved with its version (If-Match).
 */
import { labelKategori } from "../kinerja/label-kategori";
import { Alert, Button, Group, Loader, NumberInput, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { download, jawab, jawabVersi, klien, syaratHeader } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

/** Capaian per IKU of the Pemda in one year, from the contract. */
type Capaian = Skema<"CapaianIkuPemda">;
/** The IKU document as the Admin Pemda types it; the server checks it against this schema and names a bad field. */
type IkuMasukan = Skema<"RpjmdIkuInput">;

const pesanDari = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function RpjmdIkuPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const pemda = pengguna?.pemda.slug ?? "";
  const [tahun, setTahun] = useState<number>(2023);
  const [data, setData] = useState<Capaian | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [teks, setTeks] = useState("");
  const [versi, setVersi] = useState("");
  const [pesan, setPesan] = useState<string | null>(null);
  const bolehUbah = punya("rpjmd.ubah");

  const muat = useCallback(async () => {
    if (!pemda) return;
    setGalat(null);
    try {
      const c = await jawab(
        klien.GET("/api/v1/pemda/{pemda}/capaian-iku/{tahun}", { params: { path: { pemda, tahun } } }),
      );
      setData(c);
      if (bolehUbah) {
        const d = await jawabVersi(
          klien.GET("/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku", {
            params: { path: { pemda, tahunAwal: c.rpjmd.tahunAwal } },
          }),
        );
        setTeks(JSON.stringify({ tujuan: d.data.tujuan }, null, 2));
        setVersi(d.versi);
      }
    } catch (e) {
      setData(null);
      setGalat(pesanDari(e));
    }
  }, [pemda, tahun, bolehUbah]);

  useEffect(() => {
    void muat();
  }, [muat]);

  async function simpan() {
    if (!data) return;
    setPesan(null);
    let isi: IkuMasukan;
    try {
      // any JSON is sent as typed: the contract's type stands for what the server will accept, not for a check here
      isi = JSON.parse(teks) as IkuMasukan;
    } catch (e) {
      setGalat(t("rpjmdIku.bukanJson", { pesan: pesanDari(e) }));
      return;
    }
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/rpjmd/{tahunAwal}/iku", {
          params: { path: { pemda, tahunAwal: data.rpjmd.tahunAwal } },
          body: isi,
          headers: syaratHeader({ versi }),
        }),
      );
      setPesan(t("rpjmdIku.tersimpan"));
      await muat();
    } catch (e) {
      setGalat(pesanDari(e));
    }
  }

  return (
    <Stack>
      <Title order={2}>{t("rpjmdIku.judul")}</Title>
      <Group align="end">
        <NumberInput
          label={t("rpjmdIku.tahun")}
          value={tahun}
          min={2000}
          max={2100}
          onChange={(v) => typeof v === "number" && setTahun(v)}
          w={140}
        />
        {data && <Text>{t("rpjmdIku.rpjmd", { awal: data.rpjmd.tahunAwal, akhir: data.rpjmd.tahunAkhir })}</Text>}
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {pesan && <Alert color="green">{pesan}</Alert>}
      {!data && !galat && <Loader />}
      {data && (
        <>
          <Group>
            <Text fw={600}>{t("rpjmdIku.unduh")}:</Text>
            {(["docx", "pdf", "xlsx", "html"] as const).map((f) => (
              <Button
                key={f}
                size="xs"
                variant="light"
                leftSection={<IconDownload size={14} />}
                onClick={() => void download(`/api/v1/pemda/${pemda}/lkjip/${tahun}?format=${f}`)}
              >
                {f.toUpperCase()}
              </Button>
            ))}
          </Group>
          {data.baris.length === 0 ? (
            <Text>{t("rpjmdIku.kosong")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("rpjmdIku.iku")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.satuan")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.target")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.realisasi")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.capaian")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.kategori")}</Table.Th>
                    <Table.Th>{t("rpjmdIku.asal")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.baris.map((b) => (
                    <Table.Tr key={b.kode + b.nama}>
                      <Table.Td>{b.nama}</Table.Td>
                      <Table.Td>{b.satuan}</Table.Td>
                      <Table.Td>{b.ini.target ?? "–"}</Table.Td>
                      <Table.Td>{b.ini.realisasi?.tampil ?? "–"}</Table.Td>
                      <Table.Td>{b.ini.capaian?.tampil ?? b.ini.catatan ?? "–"}</Table.Td>
                      <Table.Td>{b.ini.capaian?.kategori ? labelKategori(b.ini.capaian.kategori, t) : "–"}</Table.Td>
                      <Table.Td>{b.asal}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {bolehUbah && (
            <Stack gap="xs">
              <Title order={4}>{t("rpjmdIku.sunting")}</Title>
              <Text size="sm">{t("rpjmdIku.suntingKet")}</Text>
              <Textarea
                value={teks}
                onChange={(e) => setTeks(e.currentTarget.value)}
                autosize
                minRows={10}
                maxRows={30}
                styles={{ input: { fontFamily: "monospace", fontSize: 12 } }}
                aria-label={t("rpjmdIku.sunting")}
              />
              <Group>
                <Button onClick={() => void simpan()}>{t("rpjmdIku.simpan")}</Button>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
