import { Alert, Badge, Group, Loader, SegmentedControl, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { kunci, useSegarkan } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { FormRealisasi } from "./FormRealisasi";
import { FormRencana } from "./FormRencana";
import { PeringatanRenaksi } from "./PeringatanRenaksi";
import { TindakanTriwulan } from "./TindakanTriwulan";
import { XlsxRenaksi } from "./XlsxRenaksi";
import { LABEL_TW, type RenaksiKunci, type StatusTw } from "./tipe";

const WARNA: Record<StatusTw, string> = { draft: "yellow", diajukan: "blue", terkunci: "green" };

/**
 * Rencana Aksi (issue #19, ADR 0028): pick the year and the PK, plan TW I–IV per indicator, report a quarter's
 * realisasi and submit it; the early-warning flags of the year are shown to every reader (the pimpinan included).
 */
export function RenaksiPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [pkDipilih, setPkId] = useState<string | null>(null);
  const [tw, setTw] = useState("1");
  const [tab, setTab] = useState<string | null>("realisasi");

  const jalur: RenaksiKunci | null = lingkup.opd && tahun ? { pemda: lingkup.pemda, opd: lingkup.opd, tahun } : null;
  const q = useQuery({
    queryKey: kunci.renaksi(jalur ?? { pemda: "", opd: "" }, jalur?.tahun ?? 0),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}", { params: { path: jalur! } })),
    enabled: jalur !== null,
  });
  const segarkan = useSegarkan();
  // every year's Rencana Aksi of the OPD (a saved plan or realisasi changes the flags the home page shows)
  const muat = () => void segarkan(kunci.renaksi(jalur ?? { pemda: "", opd: "" }));
  const data = q.data ?? null;
  // a failed reload shows its error above the last answer (which stays)
  const galat = q.error?.message ?? null;
  // the chosen PK while it is still in the answer, else the first one
  const pkId = pkDipilih && data?.pk.some((p) => p.pkId === pkDipilih) ? pkDipilih : (data?.pk[0]?.pkId ?? null);
  const pk = data?.pk.find((p) => p.pkId === pkId) ?? null;
  const statusTw = (n: number): StatusTw => data?.statusTriwulan.find((s) => s.triwulan === n)?.status ?? "draft";

  return (
    <Stack>
      <Title order={2}>{t("renaksi.judul")}</Title>
      <Text maw={760} size="sm">
        {t("renaksi.intro")}
      </Text>
      <Group align="flex-end" gap="sm">
        <PilihLingkup lingkup={{ ...lingkup, tahun }} tahunPilihan={tersedia ?? []} />
        {data && data.pk.length > 0 && (
          <Select
            label={t("renaksi.pk")}
            w={{ base: "100%", sm: 520 }}
            data={data.pk.map((p) => ({
              value: p.pkId,
              label: `${p.jabatan} — ${p.pihakPertama} (${p.jenis})`,
            }))}
            value={pkId}
            onChange={(v) => v && setPkId(v)}
            allowDeselect={false}
            data-testid="pilih-pk"
          />
        )}
      </Group>
      {galat && (
        <Alert color="red" title={t("galat")}>
          {galat}
        </Alert>
      )}
      {!data && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {data && <PeringatanRenaksi data={data} />}
      {data && data.pk.length === 0 && <Text c="dimmed">{t("renaksi.tanpaPk")}</Text>}
      {data && pk && jalur && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="rencana">{t("renaksi.tab.rencana")}</Tabs.Tab>
            <Tabs.Tab value="realisasi">{t("renaksi.tab.realisasi")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rencana" pt="md">
            <Stack gap="md">
              <XlsxRenaksi jalur={jalur} bisaUbah={punya("renaksi.ubah")} muatUlang={muat} />
              <FormRencana jalur={jalur} pk={pk} bisaUbah={punya("renaksi.ubah")} muatUlang={muat} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="realisasi" pt="md">
            <Stack gap="sm">
              <Group gap="sm" wrap="wrap">
                <Text size="sm">{t("renaksi.triwulan")}:</Text>
                <SegmentedControl
                  value={tw}
                  onChange={setTw}
                  data={LABEL_TW.map((l, i) => ({ value: String(i + 1), label: l }))}
                  aria-label={t("renaksi.triwulan")}
                  data-testid="pilih-tw"
                />
                <Badge
                  color={WARNA[statusTw(Number(tw))]}
                  variant="light"
                  data-testid="status-triwulan"
                  data-status={statusTw(Number(tw))}
                >
                  {t(`renaksi.status.${statusTw(Number(tw))}` as MessageKey)}
                </Badge>
                <TindakanTriwulan jalur={jalur} tw={Number(tw)} status={statusTw(Number(tw))} muatUlang={muat} />
              </Group>
              <FormRealisasi
                jalur={jalur}
                pk={pk}
                tw={Number(tw)}
                status={statusTw(Number(tw))}
                versi={data.statusTriwulan.find((s) => s.triwulan === Number(tw))?.versi}
                bisaUbah={punya("renaksi.ubah")}
                bisaAjukan={punya("data.ajukan")}
                muatUlang={muat}
              />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
