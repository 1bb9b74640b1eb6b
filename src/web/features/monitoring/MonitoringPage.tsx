import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { download, getJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { Jawaban } from "../../api/tipe";
import type { MessageKey } from "../../i18n/messages";
import { TenggatAdmin } from "./TenggatAdmin";

const MODUL = ["perencanaan", "pk", "pengukuran", "anggaran", "skm", "evaluasi", "laporan"] as const;
const TAHAP = ["belum", "draft", "diajukan", "disetujui", "terkunci", "terbit"] as const;
const URUT = ["akip", "capaian", "serapan", "ikm"] as const;
type Tahap = (typeof TAHAP)[number];

const WARNA: Record<Tahap, string> = {
  belum: "gray",
  draft: "yellow",
  diajukan: "blue",
  disetujui: "teal",
  terkunci: "green",
  terbit: "grape",
};
const HEX: Record<Tahap, string> = {
  belum: "#adb5bd",
  draft: "#fab005",
  diajukan: "#228be6",
  disetujui: "#12b886",
  terkunci: "#2f9e44",
  terbit: "#ae3ec9",
};

/** The answer's shape from the contract (ADR 0034); the URL's filters are plain strings, so the call stays getJson. */
type Monitoring = Jawaban<"/api/v1/pemda/{pemda}/monitoring/{tahun}">;

/** Per module a horizontal bar split by stage (counts of OPDs), as inline SVG. */
function Grafik({ data, jumlah }: { data: Monitoring["ringkasan"]; jumlah: number }) {
  const { t } = useI18n();
  const W = 760;
  const kiri = 170;
  const tinggi = 22;
  const H = data.length * (tinggi + 8) + 8;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={t("monitoring.grafik")}
      style={{ maxHeight: 260 }}
    >
      {data.map((r, i) => {
        let x = kiri;
        const y = 8 + i * (tinggi + 8);
        return (
          <g key={r.modul}>
            <text x={kiri - 8} y={y + 15} fontSize={12} textAnchor="end" fill="#333">
              {t(`monitoring.modul.${r.modul}` as MessageKey)}
            </text>
            {TAHAP.map((s) => {
              const n = r.jumlah[s] ?? 0;
              if (!n) return null;
              const w = ((W - kiri - 8) * n) / Math.max(jumlah, 1);
              const el = (
                <rect key={s} x={x} y={y} width={w} height={tinggi} fill={HEX[s]}>
                  <title>{`${t(`monitoring.tahap.${s}` as MessageKey)}: ${n}`}</title>
                </rect>
              );
              x += w;
              return el;
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** Every OPD of the Pemda in a year (issue 15): stages per module, IKU capaian, serapan, IKM, Nilai AKIP, rank. */
export function MonitoringPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const pemda = pengguna?.pemda.slug ?? "";
  const [params, setParams] = useSearchParams();
  const sekarang = new Date().getFullYear();
  // without ?tahun= the page asks for the working year, then moves to the newest year with data (the demo has
  // none in the working year); a year chosen in the URL is kept, with a note when it has no data
  const tahunDipilih = params.get("tahun");
  const tahun = Number(tahunDipilih ?? sekarang - 1);
  const urut = params.get("urut") ?? "akip";
  const modul = params.get("modul") ?? "";
  const tahap = params.get("tahap") ?? "";
  const [cari, setCari] = useState("");
  const [data, setData] = useState<Monitoring | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const q = useMemo(() => {
    const u = new URLSearchParams({ urut });
    if (modul && tahap) {
      u.set("modul", modul);
      u.set("tahap", tahap);
    }
    return u.toString();
  }, [urut, modul, tahap]);
  const dasar = `/api/v1/pemda/${pemda}/monitoring/${tahun}`;
  useEffect(() => {
    if (!pemda) return;
    setGalat(null);
    getJson<Monitoring>(`${dasar}?${q}`).then(setData, (e: Error) => setGalat(e.message));
  }, [dasar, q, pemda]);
  const terbaru = data?.tahunBerdata[0];
  const tanpaData = data !== null && data.tahun === tahun && !data.tahunBerdata.includes(tahun);
  useEffect(() => {
    if (tanpaData && tahunDipilih === null && terbaru !== undefined) {
      const next = new URLSearchParams(params);
      next.set("tahun", String(terbaru));
      setParams(next, { replace: true });
    }
  }, [tanpaData, tahunDipilih, terbaru, params, setParams]);
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  const baris = (data?.baris ?? []).filter((b) => !cari || b.opd.nama.toLowerCase().includes(cari.toLowerCase()));
  const pilihanTahun = Array.from(
    new Set([...Array.from({ length: sekarang - 2018 }, (_, i) => 2019 + i), ...(data?.tahunBerdata ?? []), tahun]),
  )
    .sort((a, b) => a - b)
    .map(String);
  return (
    <Stack gap="md">
      <Title order={2}>{t("monitoring.judul")}</Title>
      <Text size="sm" c="dimmed">
        {t("monitoring.intro")}
      </Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t("monitoring.tahun")}
          data={pilihanTahun}
          value={String(tahun)}
          onChange={(v) => set("tahun", v)}
          w={110}
          data-testid="monitoring-tahun"
        />
        <Select
          label={t("monitoring.urut")}
          data={URUT.map((u) => ({ value: u, label: t(`monitoring.urut.${u}` as MessageKey) }))}
          value={urut}
          onChange={(v) => set("urut", v)}
          w={180}
        />
        <Select
          label={t("monitoring.modul")}
          data={[
            { value: "", label: t("monitoring.semua") },
            ...MODUL.map((m) => ({ value: m, label: t(`monitoring.modul.${m}` as MessageKey) })),
          ]}
          value={modul}
          onChange={(v) => set("modul", v)}
          w={170}
        />
        <Select
          label={t("monitoring.tahap")}
          data={[
            { value: "", label: t("monitoring.semua") },
            ...TAHAP.map((s) => ({ value: s, label: t(`monitoring.tahap.${s}` as MessageKey) })),
          ]}
          value={tahap}
          onChange={(v) => set("tahap", v)}
          w={150}
        />
        <TextInput label={t("monitoring.cari")} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={220} />
        <Button
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => void download(`${dasar}/xlsx?${q}`).catch((e: Error) => setGalat(e.message))}
          data-testid="monitoring-xlsx"
        >
          {t("monitoring.unduh")}
        </Button>
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {tanpaData && (tahunDipilih !== null || terbaru === undefined) && (
        <Alert color="yellow" data-testid="monitoring-tanpa-data">
          <Group gap="sm" wrap="wrap">
            <Text size="sm">
              {terbaru === undefined ? t("monitoring.tanpaDataSama") : t("monitoring.tanpaData", { tahun, terbaru })}
            </Text>
            {terbaru !== undefined && (
              <Button size="xs" variant="light" onClick={() => set("tahun", String(terbaru))}>
                {t("monitoring.bukaTahun", { tahun: terbaru })}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {!data && !galat && <Loader size="sm" />}
      {data && (
        <>
          <Grafik data={data.ringkasan} jumlah={data.jumlahOpd} />
          <Text size="sm" data-testid="monitoring-jumlah">
            {t("monitoring.jumlah", { n: baris.length, jumlah: data.jumlahOpd })}
          </Text>
          {baris.length === 0 ? (
            <Text c="dimmed">{t("monitoring.kosong")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={1560 /* no state badge cut, OPD names wrap at most once (1366 px) */}>
              <Table striped withTableBorder fz="sm" data-testid="tabel-monitoring">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th ta="right">{t("monitoring.kolom.peringkat")}</Table.Th>
                    <Table.Th>{t("monitoring.kolom.opd")}</Table.Th>
                    {MODUL.map((m) => (
                      <Table.Th key={m}>{t(`monitoring.modul.${m}` as MessageKey)}</Table.Th>
                    ))}
                    <Table.Th ta="right">{t("monitoring.kolom.capaian")}</Table.Th>
                    <Table.Th ta="right">{t("monitoring.kolom.serapan")}</Table.Th>
                    <Table.Th ta="right">{t("monitoring.kolom.ikm")}</Table.Th>
                    <Table.Th ta="right">{t("monitoring.kolom.akip")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {baris.map((b) => (
                    <Table.Tr key={b.opd.slug} data-opd={b.opd.slug}>
                      <Table.Td ta="right">{b.peringkat ?? "–"}</Table.Td>
                      <Table.Td miw={240}>
                        <Link to={`/pengukuran?opd=${b.opd.slug}&tahun=${tahun}`}>{b.opd.nama}</Link>
                      </Table.Td>
                      {b.modul.map((s) => (
                        <Table.Td key={s.modul} data-modul={s.modul} data-tahap={s.tahap}>
                          <Badge
                            size="sm"
                            variant="light"
                            color={WARNA[s.tahap]}
                            // Mantine cuts a badge's label to its cell; a state must be read whole (seen "BELUM A…")
                            styles={{ root: { overflow: "visible", maxWidth: "none" }, label: { overflow: "visible" } }}
                          >
                            {t(`monitoring.tahap.${s.tahap}` as MessageKey)}
                          </Badge>
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{b.iku.rataCapaian?.tampil ?? "–"}</Table.Td>
                      <Table.Td ta="right">{b.anggaran.serapan?.tampil ?? "–"}</Table.Td>
                      <Table.Td ta="right">{b.ikm?.nilai ? `${b.ikm.nilai.tampil} (${b.ikm.mutu})` : "–"}</Table.Td>
                      <Table.Td ta="right">
                        {b.akip?.nilai ? `${b.akip.nilai.tampil} (${b.akip.predikat})` : "–"}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      {punya("pemda.kelola") && pemda && <TenggatAdmin pemda={pemda} tahun={tahun} />}
    </Stack>
  );
}
