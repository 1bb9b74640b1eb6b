import { Alert, Badge, Group, Loader, SegmentedControl, Select, Stack, Tabs, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { getJson } from "../../api/client";
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
import { LABEL_TW, type Renaksi, type StatusTw } from "./tipe";

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
  const [data, setData] = useState<Renaksi | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [pkId, setPkId] = useState<string | null>(null);
  const [tw, setTw] = useState("1");
  const [tab, setTab] = useState<string | null>("realisasi");

  const muat = useCallback(() => {
    if (!lingkup.api || !tahun) return;
    getJson<Renaksi>(`${lingkup.api}/renaksi/${tahun}`).then(
      (d) => {
        setData(d);
        setGalat(null);
        setPkId((lama) => (lama && d.pk.some((p) => p.pkId === lama) ? lama : (d.pk[0]?.pkId ?? null)));
      },
      (e: Error) => setGalat(e.message),
    );
  }, [lingkup.api, tahun]);
  useEffect(muat, [muat]);

  const pk = data?.pk.find((p) => p.pkId === pkId) ?? null;
  const api = lingkup.api && tahun ? `${lingkup.api}/renaksi/${tahun}` : null;
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
      {data && pk && api && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="rencana">{t("renaksi.tab.rencana")}</Tabs.Tab>
            <Tabs.Tab value="realisasi">{t("renaksi.tab.realisasi")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rencana" pt="md">
            <Stack gap="md">
              <XlsxRenaksi api={api} bisaUbah={punya("renaksi.ubah")} muatUlang={muat} />
              <FormRencana api={api} pk={pk} bisaUbah={punya("renaksi.ubah")} muatUlang={muat} />
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
                <TindakanTriwulan api={api} tw={Number(tw)} status={statusTw(Number(tw))} muatUlang={muat} />
              </Group>
              <FormRealisasi
                api={api}
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
