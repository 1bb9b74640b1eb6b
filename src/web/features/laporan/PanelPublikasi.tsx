import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import type { JalurLaporan } from "./tipe";

type StatusPublikasi = Skema<"StatusPublikasi">;
type JenisPublikasi = StatusPublikasi["jenis"];

/**
 * Publication on the public portal (issue 15, ADR 0029): per kind, published or not, with Terbitkan / Tarik.
 * The server decides who may (Admin Pemda, Pimpinan OPD); a refusal shows its message.
 */
export function PanelPublikasi({ jalur }: { jalur: JalurLaporan }) {
  const { t, locale } = useI18n();
  const { pemda, opd, tahun } = jalur;
  const [item, setItem] = useState<StatusPublikasi[] | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [sibuk, setSibuk] = useState<string | null>(null);
  const muat = useCallback(() => {
    jawab(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}", { params: { path: { pemda, opd, tahun } } }),
    ).then(
      (d) => setItem(d.item),
      (e: Error) => setGalat(e.message),
    );
  }, [pemda, opd, tahun]);
  useEffect(muat, [muat]);
  const ubah = async (jenis: JenisPublikasi, method: "PUT" | "DELETE") => {
    setSibuk(jenis);
    setGalat(null);
    try {
      const params = { path: { pemda, opd, tahun, jenis } };
      if (method === "PUT")
        await jawab(klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}/{jenis}", { params, body: {} }));
      else await jawab(klien.DELETE("/api/v1/pemda/{pemda}/opd/{opd}/publikasi/{tahun}/{jenis}", { params }));
      muat();
    } catch (e) {
      setGalat(e instanceof Error ? e.message : String(e));
    } finally {
      setSibuk(null);
    }
  };
  const portal = `/p/${pemda}/${opd}/${tahun}`;
  return (
    <Stack>
      <Text>{t("publikasi.intro")}</Text>
      <Anchor href={portal} target="_blank" rel="noopener">
        {t("publikasi.lihatPortal")} ({portal})
      </Anchor>
      {galat && <Alert color="red">{galat}</Alert>}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("publikasi.jenis")}</Table.Th>
            <Table.Th>{t("publikasi.status")}</Table.Th>
            <Table.Th>{t("publikasi.aksi")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(item ?? []).map((i) => (
            <Table.Tr key={i.jenis}>
              <Table.Td>{i.label}</Table.Td>
              <Table.Td>
                {i.terbit ? (
                  <Badge color="green">
                    {t("publikasi.terbit")}{" "}
                    {new Date(i.terbit.diterbitkanPada).toLocaleDateString(locale === "en" ? "en-GB" : "id-ID")}
                  </Badge>
                ) : (
                  <Badge color="gray">{t("publikasi.belum")}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button size="xs" loading={sibuk === i.jenis} onClick={() => void ubah(i.jenis, "PUT")}>
                    {i.terbit ? t("publikasi.terbitkanUlang") : t("publikasi.terbitkan")}
                  </Button>
                  {i.terbit && (
                    <Button size="xs" variant="outline" color="red" onClick={() => void ubah(i.jenis, "DELETE")}>
                      {t("publikasi.tarik")}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
