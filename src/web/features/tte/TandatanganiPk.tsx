import { Alert, Button, Modal, PasswordInput, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconSignature } from "@tabler/icons-react";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";

/** Who signs: the app's own register (demo/test) or BSrE (NIK + passphrase). */
type Penyedia = Skema<"HasilTandatangani">["penyedia"];
const PENYEDIA: readonly Penyedia[] = ["register", "bsre"];

function simpan(nama: string, isiBase64: string): void {
  const biner = atob(isiBase64);
  const bita = new Uint8Array(biner.length);
  for (let i = 0; i < biner.length; i++) bita[i] = biner.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bita], { type: "application/pdf" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function keBase64(blob: Blob): Promise<string> {
  const bita = new Uint8Array(await blob.arrayBuffer());
  let s = "";
  for (let i = 0; i < bita.length; i += 0x8000) s += String.fromCharCode(...bita.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * "Tandatangani" beside the PK downloads (issue 17): fetches the chosen official's PK PDF, sends it to
 * `…/opd/{opd}/tte/tandatangani` with the signer's NIK and passphrase (BSrE; never kept in state after sending) and
 * saves the signed PDF.
 */
export function TandatanganiPk({
  jalur,
  urlPdf,
  nip,
  judul,
}: {
  /** The OPD whose PK is signed (`/api/v1/pemda/{pemda}/opd/{opd}/…`). */
  jalur: { pemda: string; opd: string };
  urlPdf: string;
  nip: string | null;
  judul: string;
}) {
  const { t } = useI18n();
  const [buka, setBuka] = useState(false);
  const [penyedia, setPenyedia] = useState<Penyedia>("register");
  const [nik, setNik] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [sibuk, setSibuk] = useState(false);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);

  async function kirim() {
    if (!nip) return;
    setSibuk(true);
    setPesan(null);
    try {
      const res = await fetch(urlPdf, { credentials: "same-origin" });
      if (!res.ok) throw new Error(`${res.status}`);
      const isiBase64 = await keBase64(await res.blob());
      const h = await jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/tte/tandatangani", {
          params: { path: { pemda: jalur.pemda, opd: jalur.opd } },
          body: {
            namaBerkas: `PK-${nip}.pdf`,
            isiBase64,
            jenisDokumen: "pk",
            judul,
            nip,
            penyedia,
            ...(penyedia === "bsre" ? { nik, passphrase } : {}),
          },
        }),
      );
      simpan(h.namaBerkas, h.isiBase64);
      setPesan({ ok: true, teks: t("tte.berhasil", { kode: h.kode, nama: h.namaBerkas }) });
    } catch (e) {
      setPesan({ ok: false, teks: e instanceof Error ? e.message : String(e) });
    } finally {
      setPassphrase("");
      setNik("");
      setSibuk(false);
    }
  }

  return (
    <>
      <Button
        variant="light"
        leftSection={<IconSignature size={16} />}
        disabled={!nip}
        title={nip ? undefined : t("tte.pilihPejabat")}
        onClick={() => setBuka(true)}
        data-testid="tte-tandatangani"
      >
        {t("tte.tombol")}
      </Button>
      <Modal opened={buka} onClose={() => setBuka(false)} title={t("tte.judul")}>
        <Stack>
          <Text size="sm">{judul}</Text>
          <SegmentedControl
            aria-label={t("tte.penyedia")}
            value={penyedia}
            onChange={(v) => setPenyedia(PENYEDIA.find((p) => p === v) ?? "register")}
            data={[
              { value: "register", label: t("tte.register") },
              { value: "bsre", label: t("tte.bsre") },
            ]}
          />
          {penyedia === "bsre" && (
            <>
              <PasswordInput
                label={t("tte.nik")}
                value={nik}
                onChange={(e) => setNik(e.currentTarget.value)}
                autoComplete="off"
              />
              <PasswordInput
                label={t("tte.passphrase")}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                autoComplete="off"
              />
              <Text size="xs" c="dimmed">
                {t("tte.rahasia")}
              </Text>
            </>
          )}
          {pesan && (
            <Alert color={pesan.ok ? "green" : "red"} data-testid="tte-hasil">
              {pesan.teks}
            </Alert>
          )}
          <Button loading={sibuk} onClick={() => void kirim()} disabled={penyedia === "bsre" && (!nik || !passphrase)}>
            {t("tte.kirim")}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
