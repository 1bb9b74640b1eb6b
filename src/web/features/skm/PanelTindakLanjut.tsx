import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { getJson, getJsonVersi, sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { RtlSkm, SaranSkm, skmApi } from "./tipe";

const UNSUR = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];
const STATUS_RTL = ["rencana", "berjalan", "selesai"] as const;

/** Saran with moderation (texts already stripped of personal data by the service) and the RTL table. */
export function PanelTindakLanjut({
  api,
  periode,
  boleh,
}: {
  api: ReturnType<typeof skmApi>;
  periode: string;
  boleh: boolean;
}) {
  const { t, tanggal } = useI18n();
  const [saran, setSaran] = useState<SaranSkm[] | null>(null);
  const [rtl, setRtl] = useState<RtlSkm[] | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [baru, setBaru] = useState({ unsur: "u1", item: "", penanggungJawab: "", tenggat: "", bukti: "" });

  const muat = useCallback(() => {
    getJson<SaranSkm[]>(api.saran(periode)).then(setSaran, (e: Error) => setGalat(e.message));
    getJson<RtlSkm[]>(api.rtlPeriode(periode)).then(setRtl, (e: Error) => setGalat(e.message));
  }, [api, periode]);
  useEffect(muat, [muat]);

  const jalankan = async (f: () => Promise<unknown>) => {
    setGalat(null);
    try {
      await f();
      muat();
      return true;
    } catch (e) {
      setGalat((e as Error).message);
      return false;
    }
  };

  return (
    <Stack>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      <Title order={4}>{t("skmA.saran")}</Title>
      {saran && saran.length === 0 && <Text c="dimmed">{t("skmA.tanpaSaran")}</Text>}
      {saran && saran.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder data-testid="tabel-saran">
            <Table.Tbody>
              {saran.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm">{s.teks}</Text>
                    <Text size="xs" c="dimmed">
                      {s.layanan} · {tanggal(s.waktu.slice(0, 10))}
                    </Text>
                  </Table.Td>
                  <Table.Td w={120}>
                    <Badge color={s.status === "tampil" ? "green" : s.status === "disembunyikan" ? "gray" : "yellow"}>
                      {t(`skmA.saran.${s.status}` as "skmA.saran.tampil")}
                    </Badge>
                  </Table.Td>
                  {boleh && (
                    <Table.Td w={220}>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          disabled={s.status === "tampil"}
                          onClick={() => jalankan(() => sendJson("PUT", api.moderasi(s.id), { status: "tampil" }))}
                        >
                          {t("skmA.tampilkan")}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color="gray"
                          disabled={s.status === "disembunyikan"}
                          onClick={() =>
                            jalankan(() => sendJson("PUT", api.moderasi(s.id), { status: "disembunyikan" }))
                          }
                        >
                          {t("skmA.sembunyikan")}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={4} mt="md">
        {t("skmA.rtl")}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder data-testid="tabel-rtl">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("skmA.periode")}</Table.Th>
              <Table.Th>{t("skmA.unsur")}</Table.Th>
              <Table.Th>{t("skmA.rtl.item")}</Table.Th>
              <Table.Th>{t("skmA.rtl.pj")}</Table.Th>
              <Table.Th>{t("skmA.rtl.tenggat")}</Table.Th>
              <Table.Th>{t("skmA.status")}</Table.Th>
              <Table.Th>{t("skmA.rtl.bukti")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rtl ?? []).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.periode}</Table.Td>
                <Table.Td>{r.namaUnsur}</Table.Td>
                <Table.Td>{r.item}</Table.Td>
                <Table.Td>{r.penanggungJawab}</Table.Td>
                <Table.Td>{r.tenggat ? tanggal(r.tenggat) : "–"}</Table.Td>
                <Table.Td>
                  {boleh ? (
                    <Select
                      size="xs"
                      w={130}
                      aria-label={t("skmA.status")}
                      data={STATUS_RTL.map((s) => ({ value: s, label: t(`skmA.rtl.${s}`) }))}
                      value={r.status}
                      allowDeselect={false}
                      onChange={(v) =>
                        v &&
                        jalankan(async () => {
                          const { versi } = await getJsonVersi<RtlSkm>(api.rtlSatu(r.id));
                          const { id: _id, namaUnsur: _n, ...isi } = r;
                          await sendJson("PUT", api.rtlSatu(r.id), { ...isi, status: v }, { versi });
                        })
                      }
                    />
                  ) : (
                    t(`skmA.rtl.${r.status}`)
                  )}
                </Table.Td>
                <Table.Td>{r.bukti ?? "–"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {boleh && (
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("skmA.unsur")}
            w={90}
            data={UNSUR.map((u) => ({ value: u, label: u.toUpperCase() }))}
            value={baru.unsur}
            onChange={(v) => v && setBaru({ ...baru, unsur: v })}
            allowDeselect={false}
          />
          <TextInput
            label={t("skmA.rtl.item")}
            w={280}
            value={baru.item}
            onChange={(e) => setBaru({ ...baru, item: e.currentTarget.value })}
          />
          <TextInput
            label={t("skmA.rtl.pj")}
            w={180}
            value={baru.penanggungJawab}
            onChange={(e) => setBaru({ ...baru, penanggungJawab: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t("skmA.rtl.tenggat")}
            value={baru.tenggat}
            onChange={(e) => setBaru({ ...baru, tenggat: e.currentTarget.value })}
          />
          <TextInput
            label={t("skmA.rtl.bukti")}
            w={180}
            value={baru.bukti}
            onChange={(e) => setBaru({ ...baru, bukti: e.currentTarget.value })}
          />
          <Button
            disabled={!baru.item || !baru.penanggungJawab}
            onClick={async () => {
              const ok = await jalankan(() =>
                sendJson("POST", api.rtl, {
                  periode,
                  unsur: baru.unsur,
                  item: baru.item,
                  penanggungJawab: baru.penanggungJawab,
                  tenggat: baru.tenggat || null,
                  status: "rencana",
                  bukti: baru.bukti || null,
                }),
              );
              if (ok) setBaru({ unsur: "u1", item: "", penanggungJawab: "", tenggat: "", bukti: "" });
            }}
          >
            {t("skmA.rtl.tambah")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
