import { Accordion, Alert, Badge, Group, Loader, Stack, Text } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { FormPenandatangan } from "./FormPenandatangan";
import { FormTeks } from "./FormTeks";
import type { JalurLaporan, TeksHalaman, TeksLaporan } from "./tipe";

function terisi(x: TeksLaporan): boolean {
  return x.paragraf.length + x.butir.length + x.paragrafPenutup.length > 0;
}

/** Every free-text section of the report (catalogue order) and the signatures; saving reloads the preview. */
export function TeksBebas({
  jalur,
  bolehUbah,
  buka,
  setBuka,
  onUbah,
}: {
  jalur: JalurLaporan;
  bolehUbah: boolean;
  buka: string | null;
  setBuka(kode: string | null): void;
  onUbah(): void;
}) {
  const { t } = useI18n();
  const [data, setData] = useState<TeksHalaman | null>(null);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  // a section or signature changed by another user since it was read is refused (409) and offers a reload (ADR 0016)
  const [konflik, setKonflik] = useState(false);
  const muat = useCallback(
    () =>
      jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/teks", { params: { path: jalur } })).then(
        setData,
        (e: Error) => setPesan({ ok: false, teks: e.message }),
      ),
    [jalur],
  );
  useEffect(() => void muat(), [muat]);
  const hasil = async (janji: Promise<{ diubah: boolean }>) => {
    try {
      const r = await janji;
      setPesan({ ok: true, teks: r.diubah ? t("laporan.tersimpan") : t("laporan.tanpaPerubahan") });
      if (r.diubah) {
        await muat();
        onUbah();
      }
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setPesan({ ok: false, teks: e instanceof Error ? e.message : String(e) });
    }
  };
  if (!data) return <Loader size="sm" aria-label={t("memuat")} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("laporan.teks.intro")}
      </Text>
      {pesan && (
        <Alert
          color={pesan.ok ? "green" : "red"}
          withCloseButton
          onClose={() => setPesan(null)}
          data-testid="teks-pesan"
        >
          {pesan.teks}
        </Alert>
      )}
      <Accordion variant="separated" value={buka} onChange={setBuka}>
        {data.teks.map((x) => (
          <Accordion.Item key={x.kode} value={x.kode} data-testid={`teks-${x.kode}`}>
            <Accordion.Control>
              <Group gap="xs" wrap="wrap">
                <Text fw={500}>{x.judul}</Text>
                <Text size="xs" c="dimmed">
                  {x.letak}
                </Text>
                {x.wajib && (
                  <Badge size="xs" variant="outline">
                    {t("laporan.teks.wajib")}
                  </Badge>
                )}
                <Badge size="xs" color={terisi(x) ? "green" : x.wajib ? "red" : "gray"} variant="light">
                  {terisi(x) ? t("laporan.teks.terisi") : t("laporan.teks.kosong")}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <FormTeks
                key={x.diubahPada ?? "baru"}
                teks={x}
                bolehUbah={bolehUbah}
                simpan={(isi) =>
                  hasil(
                    jawab(
                      klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/teks/{kode}", {
                        params: { path: { ...jalur, kode: x.kode } },
                        body: isi,
                        headers: syaratHeader({ versi: x.versi }),
                      }),
                    ),
                  )
                }
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <FormPenandatangan
        data={data}
        bolehUbah={bolehUbah}
        simpan={(dokumen, isi) => {
          const versi = data.penandatangan.find((d) => d.dokumen === dokumen)?.versi;
          return hasil(
            jawab(
              klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/laporan/{tahun}/penandatangan/{dokumen}", {
                params: { path: { ...jalur, dokumen } },
                body: isi,
                headers: syaratHeader(versi ? { versi } : undefined),
              }),
            ),
          );
        }}
      />
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          void muat();
        }}
        tutup={() => setKonflik(false)}
      />
    </Stack>
  );
}
