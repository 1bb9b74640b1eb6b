import { Alert, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { DaftarAksi, aksiAwal, aksiMasukan, type AksiIsian } from "./DaftarAksi";
import { useEffect, useState } from "react";
import { jawab, klien, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { useKonflik } from "../kinerja/useKonflik";
import { LABEL_TW, SIFAT, tampilTarget, type PkRenaksi, type RenaksiKunci, type Sifat } from "./tipe";

interface Baris {
  pkKinerjaId: string;
  sifat: Sifat;
  target: string[];
  aksi: AksiIsian[];
}

function awal(pk: PkRenaksi): Baris[] {
  return pk.indikator.map((i) => ({
    pkKinerjaId: i.pkKinerjaId,
    sifat: i.rencana?.sifat ?? "tingkat",
    target: [0, 1, 2, 3].map((n) => i.rencana?.targetTriwulan[n] ?? ""),
    aksi: aksiAwal(i.aksi ?? []),
  }));
}

/**
 * The quarterly targets of one PK: per indicator the nature of its target (as the API names it) and TW I–IV.
 * Saved all-or-nothing with the PK's version (If-Match); a 409 opens the reload dialog.
 */
export function FormRencana({
  jalur,
  pk,
  bisaUbah,
  muatUlang,
}: {
  jalur: RenaksiKunci;
  pk: PkRenaksi;
  bisaUbah: boolean;
  muatUlang: () => void;
}) {
  const { t } = useI18n();
  const [baris, setBaris] = useState<Baris[]>(() => awal(pk));
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const konflik = useKonflik(muatUlang);
  useEffect(() => setBaris(awal(pk)), [pk]);

  const ubah = (i: number, b: Partial<Baris>) => setBaris((s) => s.map((x, j) => (j === i ? { ...x, ...b } : x)));

  async function simpan() {
    setSibuk(true);
    setPesan(null);
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/renaksi/{tahun}/pk/{pkId}", {
          params: { path: { ...jalur, pkId: pk.pkId } },
          body: {
            indikator: baris.map((b) => ({
              pkKinerjaId: b.pkKinerjaId,
              sifat: b.sifat,
              targetTriwulan: b.target.map((x) => (x.trim() ? x.trim() : null)),
              aksi: aksiMasukan(b.aksi),
            })),
          },
          headers: syaratHeader({ versi: pk.versi }),
        }),
      );
      setPesan({ ok: true, teks: t("renaksi.tersimpan") });
      muatUlang();
    } catch (e) {
      if (!konflik.tangani(e)) setPesan({ ok: false, teks: (e as Error).message });
    } finally {
      setSibuk(false);
    }
  }

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="tabel-rencana">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("renaksi.kolom.indikator")}</Table.Th>
              <Table.Th>{t("renaksi.kolom.target")}</Table.Th>
              <Table.Th>{t("renaksi.kolom.sifat")}</Table.Th>
              {LABEL_TW.map((l) => (
                <Table.Th key={l}>{l}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pk.indikator.map((ind, i) => (
              <Table.Tr key={ind.pkKinerjaId} data-indikator={ind.pkKinerjaId}>
                <Table.Td maw={320}>
                  <Text size="sm">{ind.indikator}</Text>
                  {!ind.rencana && (
                    <Text size="xs" c="dimmed">
                      {t("renaksi.belumDirencanakan")}
                    </Text>
                  )}
                  {ind.galat && (
                    <Text size="xs" c="red">
                      {ind.galat}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{tampilTarget(ind.targetTahunan, ind.satuan)}</Table.Td>
                <Table.Td miw={220}>
                  <Select
                    size="xs"
                    aria-label={`${t("renaksi.kolom.sifat")} ${ind.indikator}`}
                    data={SIFAT.map((s) => ({ value: s, label: t(`renaksi.sifat.${s}` as MessageKey) }))}
                    value={baris[i]?.sifat ?? "tingkat"}
                    onChange={(v) => v && ubah(i, { sifat: v as Sifat })}
                    allowDeselect={false}
                    disabled={!bisaUbah}
                  />
                </Table.Td>
                {LABEL_TW.map((l, n) => (
                  <Table.Td key={l} w={90}>
                    <TextInput
                      size="xs"
                      aria-label={`Target ${l} ${ind.indikator}`}
                      value={baris[i]?.target[n] ?? ""}
                      onChange={(e) => {
                        const target = [...(baris[i]?.target ?? [])];
                        target[n] = e.currentTarget.value;
                        ubah(i, { target });
                      }}
                      disabled={!bisaUbah}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <DaftarAksi
        indikator={pk.indikator}
        aksi={baris.map((b) => b.aksi)}
        ubah={(i, aksi) => ubah(i, { aksi })}
        bisaUbah={bisaUbah}
      />
      {pesan && (
        <Alert color={pesan.ok ? "green" : "red"} data-testid="pesan-rencana">
          {pesan.teks}
        </Alert>
      )}
      {bisaUbah && (
        <Group>
          <Button onClick={simpan} loading={sibuk}>
            {t("renaksi.simpanRencana")}
          </Button>
        </Group>
      )}
      {konflik.dialog}
    </Stack>
  );
}
