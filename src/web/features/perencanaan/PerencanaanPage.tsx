import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Table, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { getJson, konflikVersi, sendJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { SelEdit } from "../kinerja/SelEdit";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { FormIndikator, type IndikatorAwal } from "./FormIndikator";
import { FormRenstra } from "./FormRenstra";
import { FormRpjmd } from "./FormRpjmd";
import { hitungIndikator } from "./isian-rencana";
import { TombolUbahRencana } from "./TombolUbahRencana";
import { LuarPeriode, type PeriodeRencana } from "./LuarPeriode";

interface Indikator extends IndikatorAwal {
  id: string;
  kode: string;
  nama: string;
  iku: boolean;
  satuan: string;
  polaritas: string;
  sumberData: string;
  sumberRealisasi: string;
  target: Array<{ tahun: number; target: string | null; sumber: string | null; versi?: string }>;
  tanpaTarget: number[];
}

interface Perencanaan {
  opd: { slug: string; nama: string };
  status: string;
  /** Every Renstra and RPJMD period on file (absent from older servers). */
  periode?: PeriodeRencana;
  rpjmd: {
    tahunAwal: number;
    tahunAkhir: number;
    visi: string;
    kataKunci: Array<{ kata: string; penjelasan: string }>;
    misi: Array<{ nomor: number; teks: string; didukung: boolean }>;
  } | null;
  renstra: {
    tahunAwal: number;
    tahunAkhir: number;
    namaDokumen: string;
    catatan: string | null;
    tahunPeriode: number[];
    tujuan: Array<{
      kode: string;
      teks: string;
      sasaran: Array<{
        kode: string;
        teks: string;
        strategi: Array<{ kode: string; teks: string }>;
        kebijakan: Array<{ kode: string; teks: string }>;
        indikator: Indikator[];
      }>;
    }>;
  } | null;
}

/** RPJMD (visi, key words, misi) and the OPD's Renstra with its indicators and a target per year (inline edit). */
export function PerencanaanPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [data, setData] = useState<Perencanaan | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [form, setForm] = useState<{ sasaranKode: string; awal: Indikator | null } | null>(null);
  const [ubahDokumen, setUbahDokumen] = useState<"rpjmd" | "renstra" | null>(null);
  // a target changed by another user since the plan was read is refused (409) and offers a reload (ADR 0016)
  const [konflik, setKonflik] = useState(false);
  const api = lingkup.api;
  const muat = useCallback(() => {
    if (api && tahun)
      getJson<Perencanaan>(`${api}/perencanaan/${tahun}`).then(setData, (e: Error) => setGalat(e.message));
  }, [api, tahun]);
  useEffect(muat, [muat]);
  if (!api || !tahun) return <Loader size="sm" />;
  const bolehUbah = Boolean(data && data.status === "draft" && punya("perencanaan.ubah"));
  const r = data?.renstra;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{t("rencana.judul")}</Title>
        <PilihLingkup lingkup={{ ...lingkup, tahun }} tahunPilihan={tersedia ?? []} />
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {data?.rpjmd && (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={4}>{t("rencana.rpjmd", { awal: data.rpjmd.tahunAwal, akhir: data.rpjmd.tahunAkhir })}</Title>
            <TombolUbahRencana jenis="rpjmd" onClick={() => setUbahDokumen("rpjmd")} />
          </Group>
          <Text fw={600} fs="italic" my="xs">
            {t("rencana.visi")}: “{data.rpjmd.visi}”
          </Text>
          <List size="sm" mb="xs">
            {data.rpjmd.kataKunci.map((k) => (
              <List.Item key={k.kata}>
                <b>{k.kata}</b>: {k.penjelasan}
              </List.Item>
            ))}
          </List>
          <Text fw={600}>{t("rencana.misi")}</Text>
          <List type="ordered" size="sm">
            {data.rpjmd.misi.map((m) => (
              <List.Item key={m.nomor}>
                {m.teks}{" "}
                {m.didukung && (
                  <Badge size="xs" color="green">
                    {t("rencana.didukung")}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {data && (
        <StatusPeriode pemda={lingkup.pemda} opd={data.opd.slug} tahun={tahun} modul="perencanaan" onUbah={muat} />
      )}
      {data && !r && (
        <LuarPeriode
          tahun={tahun}
          periode={data.periode ?? { renstra: [], rpjmd: [] }}
          adaRpjmd={Boolean(data.rpjmd)}
          pilihTahun={(th) => lingkup.setTahun(th)}
        />
      )}
      {r && (
        <Card withBorder>
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={4}>{t("rencana.renstra", { awal: r.tahunAwal, akhir: r.tahunAkhir })}</Title>
              <TombolUbahRencana jenis="renstra" onClick={() => setUbahDokumen("renstra")} />
            </Group>
            <Stack gap={4} align="flex-end">
              <TombolXlsx
                api={api}
                tabel="indikator"
                tahun={tahun}
                bolehImpor={bolehUbah}
                onImpor={muat}
                label={t("kinerja.indikator")}
              />
              <TombolXlsx
                api={api}
                tabel="target"
                tahun={tahun}
                bolehImpor={bolehUbah}
                onImpor={muat}
                label={t("kinerja.target")}
              />
            </Stack>
          </Group>
          <Text size="sm" c="dimmed">
            {r.namaDokumen}
          </Text>
          {r.catatan && (
            <Text size="xs" c="orange">
              {r.catatan}
            </Text>
          )}
          {r.tujuan.map((tj) => (
            <Stack key={tj.kode} gap="xs" mt="sm">
              <Text fw={700}>
                {t("rencana.tujuan")} {tj.kode}: {tj.teks}
              </Text>
              {tj.sasaran.map((s) => (
                <Stack key={s.kode} gap={4} pl="md">
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600}>
                      {t("kinerja.sasaran")} {s.kode}: {s.teks}
                    </Text>
                    {bolehUbah && (
                      <Button size="xs" variant="light" onClick={() => setForm({ sasaranKode: s.kode, awal: null })}>
                        {t("rencana.form.tambah")}
                      </Button>
                    )}
                  </Group>
                  {s.strategi.length > 0 && (
                    <List size="sm">
                      {s.strategi.map((x) => (
                        <List.Item key={x.kode}>
                          {t("rencana.strategi")}: {x.teks}
                        </List.Item>
                      ))}
                      {s.kebijakan.map((x) => (
                        <List.Item key={x.kode}>
                          {t("rencana.kebijakan")}: {x.teks}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  <Table.ScrollContainer minWidth={700}>
                    <Table withTableBorder withColumnBorders>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t("kinerja.indikator")}</Table.Th>
                          <Table.Th>{t("kinerja.satuan")}</Table.Th>
                          {r.tahunPeriode.map((th) => (
                            <Table.Th key={th}>{th}</Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {s.indikator.map((i) => (
                          <Table.Tr key={i.id}>
                            <Table.Td>
                              {i.nama} {i.iku && <Badge size="xs">{t("rencana.iku")}</Badge>}
                              {bolehUbah && (
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  onClick={() => setForm({ sasaranKode: s.kode, awal: i })}
                                >
                                  {t("kinerja.ubah")}
                                </Button>
                              )}
                              <Text size="xs" c="dimmed">
                                {i.polaritas} · {i.sumberData}
                              </Text>
                              {i.tanpaTarget.length > 0 && (
                                <Badge size="xs" color="red">
                                  {t("rencana.tanpaTarget", { tahun: i.tanpaTarget.join(", ") })}
                                </Badge>
                              )}
                            </Table.Td>
                            <Table.Td>{i.satuan}</Table.Td>
                            {i.target.map((tg) => (
                              <Table.Td key={tg.tahun}>
                                <SelEdit
                                  nilai={tg.target ?? ""}
                                  bolehUbah={bolehUbah && tg.tahun === tahun}
                                  label={`${t("kinerja.target")} ${tg.tahun} ${i.nama}`}
                                  simpan={async (v) => {
                                    try {
                                      await sendJson(
                                        "PUT",
                                        `${api}/indikator/${i.id}/target/${tg.tahun}`,
                                        { target: v.trim() === "" ? null : v },
                                        tg.versi ? { versi: tg.versi } : undefined,
                                      );
                                    } catch (e) {
                                      if (!konflikVersi(e)) throw e;
                                      setKonflik(true);
                                      return;
                                    }
                                    muat();
                                  }}
                                />
                              </Table.Td>
                            ))}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Stack>
              ))}
            </Stack>
          ))}
        </Card>
      )}
      {r && form && (
        <FormIndikator
          api={api}
          renstraTahunAwal={r.tahunAwal}
          tahunPeriode={r.tahunPeriode}
          sasaranKode={form.sasaranKode}
          awal={form.awal}
          tutup={() => setForm(null)}
          tersimpan={muat}
        />
      )}
      {ubahDokumen === "rpjmd" && data?.rpjmd && (
        <FormRpjmd
          pemda={lingkup.pemda}
          tahunAwal={data.rpjmd.tahunAwal}
          tutup={() => setUbahDokumen(null)}
          tersimpan={muat}
        />
      )}
      {ubahDokumen === "renstra" && r && (
        <FormRenstra
          api={api}
          tahunAwal={r.tahunAwal}
          misiRpjmd={data?.rpjmd?.misi ?? null}
          indikatorPerSasaran={hitungIndikator(r.tujuan)}
          tutup={() => setUbahDokumen(null)}
          tersimpan={muat}
        />
      )}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          muat();
        }}
        tutup={() => setKonflik(false)}
      />
    </Stack>
  );
}
