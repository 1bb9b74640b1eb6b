import { Alert, Button, Card, Group, List, Loader, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { jawab, klien } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { useLingkup } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { FormPejabat, type PejabatForm } from "./FormPejabat";
import { PenugasanPejabat } from "./PenugasanPejabat";
import { TombolDesa } from "./EditorDesa";
import { TombolUnitKerja } from "./EditorUnitKerja";
import { TombolProfilTeks } from "./FormProfilTeks";
import type { ProfilOpd, SimpulUnit } from "./profil-masukan";
import { TabelDesa } from "./TabelDesa";

const nip = (x: string | null) => (x ? `${x.slice(0, 8)} ${x.slice(8, 14)} ${x.slice(14, 15)} ${x.slice(15)}` : "—");

/** The OPD's Bab I profile: organisation tree, pejabat, tugas/fungsi, legal basis, innovations, desa with totals. */
export function ProfilPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const [data, setData] = useState<ProfilOpd | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [edit, setEdit] = useState<PejabatForm | null>(null);
  const api = lingkup.api;
  const { pemda, opd } = lingkup;
  const jalur = useMemo(() => (opd ? { pemda, opd } : null), [pemda, opd]);
  const muat = useCallback(() => {
    if (jalur)
      jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: jalur } })).then(
        setData,
        (e: Error) => setGalat(e.message),
      );
  }, [jalur]);
  useEffect(muat, [muat]);
  if (!api || !jalur) return <Loader size="sm" />;
  const pohon = (u: SimpulUnit) => (
    <List.Item key={u.id}>
      {u.nama}
      {u.anak.length > 0 && (
        <List withPadding size="sm">
          {u.anak.map(pohon)}
        </List>
      )}
    </List.Item>
  );
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t("profil.judul")}</Title>
        <PilihLingkup lingkup={lingkup} tahunPilihan={[]} tanpaTahun />
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {edit && (
        <FormPejabat
          jalur={jalur}
          awal={edit}
          tutup={(disimpan) => {
            setEdit(null);
            if (disimpan) muat();
          }}
        />
      )}
      {data && (
        <>
          <Text c="dimmed">
            {data.opd.nama} · {data.pemda.nama}, {data.pemda.provinsi}
            {data.pemda.kepalaDaerah
              ? ` · ${data.pemda.kepalaDaerah.jabatan}: ${data.pemda.kepalaDaerah.gelarDepan ?? ""} ${data.pemda.kepalaDaerah.nama}`
              : ""}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Group gap="xs">
                <Title order={4}>{t("profil.unit")}</Title>
                <TombolUnitKerja jalur={jalur} tersimpan={muat} />
                <TombolXlsx
                  api={api}
                  tabel="unit-kerja"
                  tahun={0}
                  bolehImpor={punya("organisasi.ubah")}
                  onImpor={muat}
                />
              </Group>
              <List size="sm">{data.unit.map(pohon)}</List>
            </Card>
            <Card withBorder>
              <Group gap="xs">
                <Title order={4}>{t("profil.tugas")}</Title>
                <TombolProfilTeks jalur={jalur} bagian="tugas" tersimpan={muat} />
              </Group>
              <Text size="xs" c="dimmed">
                {data.dasarTugas}
              </Text>
              <Text size="sm">{data.tugas}</Text>
              <List type="ordered" size="sm">
                {data.fungsi.map((f) => (
                  <List.Item key={f.teks}>{f.teks}</List.Item>
                ))}
              </List>
            </Card>
          </SimpleGrid>
          <Card withBorder>
            <Group gap="xs">
              <Title order={4}>{t("profil.pejabat")}</Title>
              <TombolXlsx api={api} tabel="pejabat" tahun={0} bolehImpor={punya("organisasi.ubah")} onImpor={muat} />
            </Group>
            <Text size="xs" c="dimmed">
              {t("profil.xlsxCatatan")}
            </Text>
            <Table.ScrollContainer minWidth={700}>
              <Table striped data-testid="tabel-pejabat">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("profil.nama")}</Table.Th>
                    <Table.Th>{t("profil.nip")}</Table.Th>
                    <Table.Th>{t("profil.pangkat")}</Table.Th>
                    <Table.Th>{t("profil.jabatan")}</Table.Th>
                    <Table.Th>{t("profil.eselon")}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.pejabat.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        {[p.gelarDepan, p.nama].filter(Boolean).join(" ")}
                        {p.gelarBelakang ? `, ${p.gelarBelakang}` : ""}
                      </Table.Td>
                      <Table.Td>{nip(p.nip)}</Table.Td>
                      <Table.Td>
                        {p.pangkat ?? "—"}
                        {p.golongan ? ` (${p.golongan})` : ""}
                      </Table.Td>
                      <Table.Td>{p.jabatan}</Table.Td>
                      <Table.Td>{p.eselon ?? "—"}</Table.Td>
                      <Table.Td>
                        {punya("organisasi.ubah") && (
                          <Button size="compact-xs" variant="subtle" onClick={() => setEdit(p)}>
                            {t("kinerja.ubah")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <PenugasanPejabat api={api} pejabat={data.pejabat} />
          <Card withBorder>
            <Group justify="space-between">
              <Group gap="xs">
                <Title order={4}>{t("profil.desa")}</Title>
                <TombolDesa jalur={jalur} tersimpan={muat} />
              </Group>
              <TombolXlsx api={api} tabel="desa" tahun={0} bolehImpor={punya("organisasi.ubah")} onImpor={muat} />
            </Group>
            <TabelDesa desa={data.desa} total={data.totalDesa} />
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Group gap="xs">
                <Title order={4}>{t("profil.dasarHukum")}</Title>
                <TombolProfilTeks jalur={jalur} bagian="dasarHukum" tersimpan={muat} />
                <TombolXlsx
                  api={api}
                  tabel="dasar-hukum"
                  tahun={0}
                  bolehImpor={punya("organisasi.ubah")}
                  onImpor={muat}
                />
              </Group>
              <List type="ordered" size="sm">
                {data.dasarHukum.map((d) => (
                  <List.Item key={d.teks}>{d.teks}</List.Item>
                ))}
              </List>
            </Card>
            <Card withBorder>
              <Group gap="xs">
                <Title order={4}>{t("profil.inovasi")}</Title>
                <TombolProfilTeks jalur={jalur} bagian="inovasi" tersimpan={muat} />
                <TombolXlsx api={api} tabel="inovasi" tahun={0} bolehImpor={punya("organisasi.ubah")} onImpor={muat} />
              </Group>
              {data.inovasi.map((i) => (
                <Stack key={i.teks} gap={2}>
                  <Text fw={600}>{i.judul}</Text>
                  <Text size="sm">{i.teks}</Text>
                </Stack>
              ))}
            </Card>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
