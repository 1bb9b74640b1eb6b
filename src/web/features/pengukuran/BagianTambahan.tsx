import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jawab, jawabVersi, klien } from "../../api/client";
import { kunci, opdDariApi, useSegarkan } from "../../api/kueri";
import { useI18n } from "../../i18n/i18n";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { warnaKategori } from "../kinerja/warna";
import { FormAnalisis } from "./FormAnalisis";
import { FormPembanding } from "./FormPembanding";
import { FormProgram } from "./FormProgram";
import { angkaId } from "./tipe";

/** Bab III extras of the year: analysis per sasaran, supporting programs (Tabel 3.16) and the peer comparison. */
export function BagianTambahan({
  api,
  tahun,
  bolehUbah,
  sasaran = [],
}: {
  api: string;
  tahun: number;
  bolehUbah: boolean;
  /** The year's sasaran with their IKU kode, for the peer and program forms. */
  sasaran?: Array<{ kode: string; teks: string; indikatorKode: string[] }>;
}) {
  const { t } = useI18n();
  const [edit, setEdit] = useState<string | null>(null);
  const [form, setForm] = useState<"pembanding" | "program" | null>(null);
  const o = opdDariApi(api);
  const path = { ...o, tahun };
  // a section whose read fails shows empty, as before; the page's reload (its key) reloads these too
  const analisis =
    useQuery({
      queryKey: kunci.analisis(o, tahun),
      queryFn: () =>
        jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/analisis", { params: { path } })),
    }).data ?? [];
  // with the versions read (ETag), sent back by the forms (ADR 0016)
  const qProgram = useQuery({
    queryKey: kunci.indikatorProgram(o, tahun),
    queryFn: () =>
      jawabVersi(
        klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/indikator-program", { params: { path } }),
      ),
  });
  const qPeer = useQuery({
    queryKey: kunci.pembanding(o),
    queryFn: () => jawabVersi(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pembanding", { params: { path: o } })),
  });
  const program = qProgram.data?.data ?? [];
  const peer = qPeer.data?.data ?? null;
  const segarkan = useSegarkan();
  const muatAnalisis = () => void segarkan(kunci.analisis(o, tahun));
  const muatProgram = () => void segarkan(kunci.indikatorProgram(o, tahun));
  const tutupForm = (disimpan: boolean) => {
    const jenis = form;
    setForm(null);
    if (disimpan) void segarkan(jenis === "pembanding" ? kunci.pembanding(o) : kunci.indikatorProgram(o, tahun));
  };
  const daftar = (judul: string, isi: string[]) =>
    isi.length > 0 && (
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {judul}
        </Text>
        <List size="sm">
          {isi.map((x) => (
            <List.Item key={x}>{x}</List.Item>
          ))}
        </List>
      </Stack>
    );
  const tahunPeer = peer?.nilai.filter((n) => n.tahun === tahun || n.tahun === tahun - 1) ?? [];
  return (
    <Stack>
      {form === "pembanding" && (
        <FormPembanding
          api={api}
          tahun={tahun}
          awal={peer?.masukan ?? null}
          versi={qPeer.data?.versi ?? null}
          kodeIndikator={[...new Set(sasaran.flatMap((s) => s.indikatorKode))]}
          tutup={tutupForm}
        />
      )}
      {form === "program" && (
        <FormProgram
          api={api}
          tahun={tahun}
          awal={program}
          versi={qProgram.data?.versi ?? null}
          sasaran={sasaran}
          tutup={tutupForm}
        />
      )}
      {bolehUbah && !(tahunPeer.length > 0 && peer) && (
        <Group justify="flex-end">
          <Button size="xs" variant="light" onClick={() => setForm("pembanding")} data-testid="pembanding-ubah">
            {t("pembanding.ubah")}
          </Button>
        </Group>
      )}
      {tahunPeer.length > 0 && peer && (
        <Card withBorder data-testid="pembanding">
          <Group justify="space-between">
            <Title order={4}>{t("pengukuran.pembanding", { nama: peer.peer.nama })}</Title>
            {bolehUbah && (
              <Button size="xs" variant="light" onClick={() => setForm("pembanding")} data-testid="pembanding-ubah">
                {t("pembanding.ubah")}
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={600}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("kinerja.indikator")}</Table.Th>
                  <Table.Th>{t("kinerja.tahun")}</Table.Th>
                  <Table.Th>{t("kinerja.target")}</Table.Th>
                  <Table.Th>{t("kinerja.realisasi")}</Table.Th>
                  <Table.Th>{t("kinerja.sumber")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tahunPeer.map((n) => (
                  <Table.Tr key={`${n.indikatorKode}-${n.tahun}`}>
                    <Table.Td>{n.indikatorKode.toUpperCase()}</Table.Td>
                    <Table.Td>{n.tahun}</Table.Td>
                    <Table.Td>{n.target ?? "—"}</Table.Td>
                    <Table.Td>{angkaId(n.realisasi)}</Table.Td>
                    <Table.Td>
                      <Text size="xs">
                        {n.asal === "basis-data" ? `${t("pengukuran.dariDb")}: ${n.keterangan}` : n.keterangan}
                      </Text>
                      {n.terbitBerbeda && (
                        <Text size="xs" c="orange">
                          {t("pengukuran.terbitBeda", {
                            nilai: n.terbitBerbeda.realisasi,
                            sumber: n.terbitBerbeda.sumber,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {(bolehUbah ||
        analisis.some((a) => a.faktorPendukung.length + a.faktorPenghambat.length + a.solusi.length > 0)) && (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={4}>{t("pengukuran.analisis")}</Title>
            <TombolXlsx api={api} tabel="analisis" tahun={tahun} bolehImpor={bolehUbah} onImpor={muatAnalisis} />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {analisis.map((a) => (
              <Stack key={a.sasaranId} gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{a.sasaran}</Text>
                  {bolehUbah && edit !== a.sasaranId && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setEdit(a.sasaranId)}>
                      {t("kinerja.ubah")}
                    </Button>
                  )}
                </Group>
                {edit === a.sasaranId ? (
                  <FormAnalisis
                    api={api}
                    tahun={tahun}
                    awal={a}
                    selesai={(disimpan) => {
                      setEdit(null);
                      if (disimpan) muatAnalisis();
                    }}
                  />
                ) : (
                  <>
                    {daftar(t("pengukuran.faktorPendukung"), a.faktorPendukung)}
                    {daftar(t("pengukuran.faktorPenghambat"), a.faktorPenghambat)}
                    {daftar(t("pengukuran.solusi"), a.solusi)}
                    {daftar(t("pengukuran.rekomendasi"), a.rekomendasi)}
                  </>
                )}
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      )}
      {(program.length > 0 || bolehUbah) && (
        <Card withBorder data-testid="program">
          <Group justify="space-between">
            <Title order={4}>{t("pengukuran.program")}</Title>
            <TombolXlsx
              api={api}
              tabel="indikator-program"
              tahun={tahun}
              bolehImpor={bolehUbah}
              onImpor={muatProgram}
            />
            {bolehUbah && (
              <Button size="xs" variant="light" onClick={() => setForm("program")} data-testid="program-ubah">
                {t("program.ubah")}
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("program.sasaran")}</Table.Th>
                  <Table.Th>{t("program.programKegiatan")}</Table.Th>
                  <Table.Th>{t("kinerja.indikator")}</Table.Th>
                  <Table.Th>{t("kinerja.capaian")}</Table.Th>
                  <Table.Th>{t("program.menunjang")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {program.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.sasaranKode}</Table.Td>
                    <Table.Td fw={p.tingkat === "program" ? 600 : 400} pl={p.tingkat === "kegiatan" ? "lg" : undefined}>
                      {p.programKegiatan}
                    </Table.Td>
                    <Table.Td>{p.indikator}</Table.Td>
                    <Table.Td>
                      {p.capaian ? (
                        <Badge color={warnaKategori(p.capaian.peringkat)}>{p.capaian.tampil}</Badge>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {p.capaianDicetak ? t("pengukuran.capaianDicetak", { nilai: p.capaianDicetak }) : "—"}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {p.menunjang === null
                        ? "—"
                        : p.menunjang
                          ? t("pengukuran.menunjang")
                          : t("pengukuran.tidakMenunjang")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
