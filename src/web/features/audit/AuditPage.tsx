import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { download, jawab, klien } from "../../api/client";
import type { Jawaban, Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { AuditTable } from "./AuditTable";
import { Paginasi } from "../../shell/Paginasi";

/** One page of the trail; `zonaWaktu` is the Pemda's time zone (dates filter and times show in it). */
type Halaman = Skema<"HalamanAudit">;
type Opsi = Jawaban<"/api/v1/pemda/{pemda}/audit/opsi">;

interface Filter {
  opd: string;
  entity: string;
  entityId: string;
  aktor: string;
  aksi: string;
  dari: string;
  sampai: string;
}

const KOSONG: Filter = { opd: "", entity: "", entityId: "", aktor: "", aksi: "", dari: "", sampai: "" };
const PER_HALAMAN = 50;

function query(f: Filter, extra: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) p.set(k, v);
  return p.toString();
}

/** Browse the audit trail with filters (entity, OPD, actor, action, dates) and export it as CSV or XLSX. */
export function AuditPage() {
  const { t } = useI18n();
  const { pengguna } = useAuth();
  const pemda = pengguna?.pemda.slug ?? "";
  const [draf, setDraf] = useState<Filter>(KOSONG);
  const [filter, setFilter] = useState<Filter>(KOSONG);
  const [halaman, setHalaman] = useState(1);
  const [data, setData] = useState<Halaman | null>(null);
  const [opsi, setOpsi] = useState<Opsi>({ entity: [], aktor: [] });
  const [opd, setOpd] = useState<Array<{ slug: string; nama: string }>>([]);
  const [galat, setGalat] = useState<string | null>(null);

  const muat = useCallback(() => {
    setData(null);
    const isi = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
    jawab(
      klien.GET("/api/v1/pemda/{pemda}/audit", {
        params: {
          path: { pemda },
          query: { ...isi, limit: PER_HALAMAN, offset: (halaman - 1) * PER_HALAMAN },
        },
      }),
    ).then(
      (d) => {
        setData(d);
        setGalat(null);
      },
      (e: Error) => setGalat(e.message),
    );
  }, [pemda, filter, halaman]);

  useEffect(muat, [muat]);
  useEffect(() => {
    jawab(klien.GET("/api/v1/pemda/{pemda}/audit/opsi", { params: { path: { pemda } } })).then(
      setOpsi,
      () => undefined,
    );
    if (!pengguna?.opd)
      jawab(klien.GET("/api/v1/pemda/{pemda}/opd", { params: { path: { pemda } } })).then(setOpd, () => undefined);
  }, [pemda, pengguna?.opd]);

  function terapkan(e: FormEvent) {
    e.preventDefault();
    setHalaman(1);
    setFilter(draf);
  }

  const ekspor = (format: "csv" | "xlsx") =>
    download(`/api/v1/pemda/${pemda}/audit/ekspor?${query(filter, { format })}`).catch((e: Error) =>
      setGalat(e.message),
    );

  const set = (k: keyof Filter) => (v: string | null) => setDraf((d) => ({ ...d, [k]: v ?? "" }));

  return (
    <Stack>
      <Title order={2}>{t("audit.judul")}</Title>
      <Text c="dimmed" maw={760}>
        {t("audit.intro")}
      </Text>
      <form onSubmit={terapkan} aria-label={t("audit.terapkan")}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {!pengguna?.opd && (
              <Select
                label={t("pengguna.opd")}
                placeholder={t("audit.semua")}
                data={opd.map((o) => ({ value: o.slug, label: o.nama }))}
                value={draf.opd || null}
                onChange={set("opd")}
                clearable
                searchable
              />
            )}
            <Select
              label={t("audit.entitas")}
              placeholder={t("audit.semua")}
              data={opsi.entity}
              value={draf.entity || null}
              onChange={set("entity")}
              clearable
              searchable
            />
            <TextInput
              label={t("audit.idEntitas")}
              value={draf.entityId}
              onChange={(e) => set("entityId")(e.currentTarget.value)}
            />
            <Select
              label={t("audit.pelaku")}
              placeholder={t("audit.semua")}
              data={opsi.aktor.filter((a) => a.userId).map((a) => ({ value: a.userId as string, label: a.nama }))}
              value={draf.aktor || null}
              onChange={set("aktor")}
              clearable
              searchable
            />
            <TextInput label={t("audit.aksi")} value={draf.aksi} onChange={(e) => set("aksi")(e.currentTarget.value)} />
            <TextInput
              label={t("audit.dari")}
              type="date"
              value={draf.dari}
              onChange={(e) => set("dari")(e.currentTarget.value)}
            />
            <TextInput
              label={t("audit.sampai")}
              type="date"
              value={draf.sampai}
              onChange={(e) => set("sampai")(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group justify="space-between">
            <Group gap="xs">
              <Button type="submit">{t("audit.terapkan")}</Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraf(KOSONG);
                  setFilter(KOSONG);
                  setHalaman(1);
                }}
              >
                {t("audit.reset")}
              </Button>
            </Group>
            <Group gap="xs">
              <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void ekspor("csv")}>
                {t("audit.unduhCsv")}
              </Button>
              <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void ekspor("xlsx")}>
                {t("audit.unduhXlsx")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {galat && <Alert color="red">{galat}</Alert>}
      {!data && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-jumlah">
            {t("audit.jumlah", { n: data.total })}
          </Text>
          {data.entri.length === 0 ? (
            <Text c="dimmed">{t("audit.kosong")}</Text>
          ) : (
            <AuditTable entri={data.entri} zonaWaktu={data.zonaWaktu} singkatanZona={data.singkatanZona} />
          )}
          {data.total > PER_HALAMAN && (
            <Paginasi total={Math.ceil(data.total / PER_HALAMAN)} value={halaman} onChange={setHalaman} />
          )}
        </>
      )}
    </Stack>
  );
}
