import { Alert, Button, FileButton, Group, List, Stack, Text } from "@mantine/core";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, download, jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { type RenaksiKunci, urlRenaksi } from "./tipe";

type Pratinjau = Skema<"PratinjauImporRenaksi">;
const IMPOR = "/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/impor";

function keBase64(f: File): Promise<string> {
  return f.arrayBuffer().then((b) => {
    let s = "";
    const u = new Uint8Array(b);
    for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
    return btoa(s);
  });
}

/**
 * XLSX of the Rencana Aksi (issue #19): download the plan or the blank template; import with a preview (what
 * changes, or every error with sheet/row/column) and apply the previewed file all-or-nothing.
 */
export function XlsxRenaksi({
  jalur,
  bisaUbah,
  muatUlang,
}: {
  jalur: RenaksiKunci;
  bisaUbah: boolean;
  muatUlang: () => void;
}) {
  const api = urlRenaksi(jalur);
  const { t } = useI18n();
  const [impor, setImpor] = useState<{ namaBerkas: string; isiBase64: string; p: Pratinjau } | null>(null);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string; rincian?: string[] } | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const gagal = (e: unknown) =>
    setPesan({
      ok: false,
      teks: (e as Error).message,
      ...(e instanceof ApiError && e.errors.length ? { rincian: e.errors.map((x) => x.message) } : {}),
    });

  function pilih(f: File | null) {
    if (!f) return;
    setPesan(null);
    setImpor(null);
    setSibuk(true);
    void keBase64(f)
      .then((isiBase64) =>
        jawab(
          klien.POST(`${IMPOR}/pratinjau`, { params: { path: jalur }, body: { namaBerkas: f.name, isiBase64 } }),
        ).then((p) => setImpor({ namaBerkas: f.name, isiBase64, p })),
      )
      .catch(gagal)
      .finally(() => setSibuk(false));
  }

  function terapkan() {
    if (!impor) return;
    setSibuk(true);
    jawab(
      klien.POST(`${IMPOR}/konfirmasi`, {
        params: { path: jalur },
        body: {
          namaBerkas: impor.namaBerkas,
          isiBase64: impor.isiBase64,
          hashBerkas: impor.p.hashBerkas,
          hashDasar: impor.p.hashDasar,
        },
      }),
    )
      .then((h) => {
        setImpor(null);
        setPesan({
          ok: true,
          teks: h.tanpaPerubahan
            ? t("renaksi.xlsx.tanpaPerubahan")
            : t("renaksi.xlsx.terimpor", { n: h.indikatorBerubah }),
        });
        muatUlang();
      }, gagal)
      .finally(() => setSibuk(false));
  }

  return (
    <Stack gap="xs" data-testid="xlsx-renaksi">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => void download(`${api}/xlsx`).catch(gagal)}
        >
          {t("renaksi.xlsx.unduh")}
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => void download(`${api}/xlsx?templat=1`).catch(gagal)}
        >
          {t("renaksi.xlsx.templat")}
        </Button>
        {bisaUbah && (
          <FileButton onChange={pilih} accept=".xlsx">
            {(props) => (
              <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} loading={sibuk}>
                {t("renaksi.xlsx.impor")}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {impor && (
        <Alert color={impor.p.galat.length ? "red" : "blue"} data-testid="pratinjau-impor-renaksi">
          {impor.p.galat.length > 0 ? (
            <>
              <Text size="sm" fw={600}>
                {t("renaksi.xlsx.ditolak", { n: impor.p.galat.length })}
              </Text>
              <List size="sm">
                {impor.p.galat.map((g) => (
                  <List.Item key={g.field + g.message}>{g.message}</List.Item>
                ))}
              </List>
            </>
          ) : impor.p.perubahan.length === 0 ? (
            <Text size="sm">{t("renaksi.xlsx.tanpaPerubahan")}</Text>
          ) : (
            <>
              <Text size="sm" fw={600}>
                {t("renaksi.xlsx.berubah", { n: impor.p.perubahan.length })}
              </Text>
              <List size="sm">
                {impor.p.perubahan.map((x) => (
                  <List.Item key={`${x.kodePk}/${x.kodeIndikator}`}>
                    {x.kodePk} · {x.indikator} ({t(x.jenis === "baru" ? "renaksi.xlsx.baru" : "renaksi.xlsx.diubah")})
                  </List.Item>
                ))}
              </List>
            </>
          )}
          <Group mt="xs" gap="xs">
            {impor.p.galat.length === 0 && impor.p.perubahan.length > 0 && (
              <Button size="xs" onClick={terapkan} loading={sibuk}>
                {t("renaksi.xlsx.terapkan")}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => setImpor(null)}>
              {t("renaksi.batal")}
            </Button>
          </Group>
        </Alert>
      )}
      {pesan && (
        <Alert color={pesan.ok ? "green" : "red"} data-testid="pesan-xlsx-renaksi">
          {pesan.teks}
          {pesan.rincian && (
            <List size="sm">
              {pesan.rincian.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
