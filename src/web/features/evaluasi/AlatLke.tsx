import { Button, FileButton, Group } from "@mantine/core";
import { IconDownload, IconFileSpreadsheet, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { download, jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type ImporLke, keBase64, ModalImporLke } from "./ModalImporLke";
import type { JalurLke, LembarLke, Sisi } from "./tipe";

/**
 * The LKE's tools above the tabs: the LHE (DOCX, PDF), the worksheet as XLSX and, for the side that may edit, its
 * import (previewed first) and copying last year's evidence.
 */
export function AlatLke(props: {
  jalur: JalurLke;
  lembar: LembarLke | null;
  /** Side the signed-in user may edit now, or null. */
  sisi: Sisi | null;
  onPesan(pesan: string): void;
  onGalat(pesan: string): void;
  onMuatUlang(): void;
}) {
  const { t } = useI18n();
  const { jalur, lembar, sisi, onPesan, onGalat, onMuatUlang } = props;
  const api = `/api/v1/pemda/${jalur.pemda}/opd/${jalur.opd}`;
  const dasar = `${api}/lke/${jalur.tahun}`;
  const [impor, setImpor] = useState<ImporLke | null>(null);
  const salinBukti = () =>
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/bukti/salin-tahun-lalu", {
        params: { path: jalur },
        body: {},
      }),
    ).then(
      (r) => {
        onPesan(t("evaluasi.buktiDisalin", { n: r.disalin }));
        onMuatUlang();
      },
      (e: Error) => onGalat(e.message),
    );
  const pratinjau = (f: File | null) => {
    if (!f) return;
    void keBase64(f).then((isiBase64) =>
      jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/impor/pratinjau", {
          params: { path: jalur },
          body: { namaBerkas: f.name, isiBase64 },
        }),
      ).then(
        (p) => setImpor({ namaBerkas: f.name, isiBase64, p }),
        (e: Error) => onGalat(e.message),
      ),
    );
  };
  const konfirmasiImpor = () =>
    impor &&
    jawab(
      klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/impor/konfirmasi", {
        params: { path: jalur },
        body: { namaBerkas: impor.namaBerkas, isiBase64: impor.isiBase64 },
      }),
    ).then(
      () => {
        onPesan(t("evaluasi.imporTersimpan", { n: impor.p.berubah.length }));
        setImpor(null);
        onMuatUlang();
      },
      (e: Error) => onGalat(e.message),
    );
  const unduh = (path: string) => void download(path).catch((e: Error) => onGalat(e.message));
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => unduh(`${api}/lhe/${jalur.tahun}?format=docx`)}
          data-testid="lhe-docx"
        >
          {t("evaluasi.unduhLhe")} DOCX
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconDownload size={14} />}
          onClick={() => unduh(`${api}/lhe/${jalur.tahun}?format=pdf`)}
          data-testid="lhe-pdf"
        >
          {t("evaluasi.unduhLhe")} PDF
        </Button>
        {lembar && !lembar.modeKomponen && (
          <>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileSpreadsheet size={14} />}
              onClick={() => unduh(`${dasar}/xlsx`)}
              data-testid="xlsx-unduh"
            >
              {t("evaluasi.xlsx")}
            </Button>
            {sisi && (
              <FileButton onChange={pratinjau} accept=".xlsx">
                {(p) => (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconUpload size={14} />}
                    {...p}
                    data-testid="xlsx-impor"
                  >
                    {t("evaluasi.impor")}
                  </Button>
                )}
              </FileButton>
            )}
            {sisi && (
              <Button size="xs" variant="default" onClick={() => void salinBukti()} data-testid="bukti-tahun-lalu">
                {t("evaluasi.buktiTahunLalu")}
              </Button>
            )}
          </>
        )}
      </Group>
      <ModalImporLke impor={impor} tutup={() => setImpor(null)} konfirmasi={() => void konfirmasiImpor()} />
    </>
  );
}
