import { Accordion, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { kerangkaDariKunci } from "../../../domain/akip/kerangka";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { KartuKriteria, type PropsLembar } from "./KartuKriteria";
import { type BarisKriteria, type JalurLke, type NilaiLke, warnaPredikat } from "./tipe";

function CatatanKomponen({
  jalur,
  kunci,
  awal,
  versi,
  onGalat,
}: {
  jalur: JalurLke;
  kunci: string;
  awal: string;
  versi: number;
  onGalat(p: string): void;
}) {
  const { t } = useI18n();
  const [teks, setTeks] = useState(awal);
  const [ok, setOk] = useState(false);
  return (
    <Group align="flex-end" gap="xs">
      <Textarea
        size="xs"
        label={t("evaluasi.catatanKomponen")}
        value={teks}
        onChange={(e) => {
          setTeks(e.currentTarget.value);
          setOk(false);
        }}
        autosize
        minRows={1}
        style={{ flex: 1 }}
      />
      <Button
        size="xs"
        variant="default"
        leftSection={ok ? <IconCheck size={14} /> : undefined}
        onClick={() =>
          void jawab(
            klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/catatan-komponen", {
              params: { path: jalur },
              body: { komponen: kunci, catatan: teks, versi },
            }),
          ).then(
            () => setOk(true),
            (e: Error) => onGalat(e.message),
          )
        }
      >
        {t("evaluasi.simpan")}
      </Button>
    </Group>
  );
}

/** The worksheet: komponen → sub-komponen → kriteria, with both sides, evidence and notes. */
export function LembarKerja(p: PropsLembar) {
  const { t, number } = useI18n();
  const n = p.lembar.nilai;
  const cari = <T extends { kode: string; kunci: string }>(xs: T[], kunci: string) =>
    xs.find((x) => x.kunci === kunci || x.kode === kunci);
  const kerangka = (() => {
    try {
      return kerangkaDariKunci(p.lembar.kerangka).value;
    } catch {
      return null;
    }
  })();
  const namaSub = new Map(
    (kerangka?.komponen ?? []).flatMap((k) => k.subKomponen.map((s) => [s.kode, s.nama] as const)),
  );
  const grup = new Map<string, Map<string, BarisKriteria[]>>();
  for (const k of p.lembar.kriteria) {
    const g = grup.get(k.komponen) ?? new Map<string, BarisKriteria[]>();
    g.set(k.subKomponen, [...(g.get(k.subKomponen) ?? []), k]);
    grup.set(k.komponen, g);
  }
  return (
    <Accordion multiple variant="separated" defaultValue={[...grup.keys()].slice(0, 1)}>
      {[...grup.entries()].map(([kode, subs]) => {
        const km = cari(n.evaluator.komponen, kode);
        const mm = cari(n.mandiri.komponen, kode);
        return (
          <Accordion.Item key={kode} value={kode}>
            <Accordion.Control data-testid={`komponen-${kode}`}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600} size="sm">
                  {km ? `${km.kode}. ${km.nama} (bobot ${km.bobot})` : kode}
                </Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray">
                    {t("evaluasi.mandiriSingkat")} {mm ? number(Number(mm.nilai.nilai), 2) : "–"}
                  </Badge>
                  <Badge variant="light">
                    {t("evaluasi.evaluatorSingkat")} {km ? number(Number(km.nilai.nilai), 2) : "–"}
                  </Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {[...subs.entries()].map(([sub, rows]) => {
                  const s = km?.subKomponen.find((x) => x.kode === sub);
                  return (
                    <Card key={sub} withBorder padding="xs">
                      <Group justify="space-between" mb="xs" wrap="wrap">
                        <Text size="sm" fw={600} style={{ flex: 1 }}>
                          {sub} {namaSub.get(sub) ?? ""}
                        </Text>
                        {s && (
                          <Text size="xs" c="dimmed">
                            {number(Number(s.nilai.nilai), 2)} / {s.bobot} · {s.rataRataHuruf}
                          </Text>
                        )}
                      </Group>
                      <Stack gap="xs">
                        {rows.map((k) => (
                          <KartuKriteria key={`${k.kode}-${p.lembar.versi}`} {...p} k={k} />
                        ))}
                      </Stack>
                    </Card>
                  );
                })}
                {p.bolehCatatan && km && (
                  <CatatanKomponen
                    jalur={p.jalur}
                    kunci={km.kunci}
                    awal={p.lembar.catatanKomponen[km.kunci] ?? ""}
                    versi={p.lembar.versi}
                    onGalat={p.onGalat}
                  />
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

/** The two sides' totals and predikat side by side. */
export function RingkasanNilai({ nilai }: { nilai: NilaiLke }) {
  const { t, number } = useI18n();
  const kartu = (judul: string, s: NilaiLke["mandiri"], testid: string) => (
    <Card withBorder padding="sm" data-testid={testid}>
      <Text size="xs" c="dimmed">
        {judul}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={28} fw={700}>
          {number(Number(s.total.nilai), 2)}
        </Text>
        <Badge color={warnaPredikat(s.predikat.kode)} size="lg">
          {s.predikat.kode}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t("evaluasi.terisi", { terisi: s.terisi, jumlah: s.jumlahKriteria })}
        {!s.lengkap && ` · ${t("evaluasi.belumLengkap")}`}
      </Text>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {kartu(t("evaluasi.mandiri"), nilai.mandiri, "nilai-mandiri")}
      {kartu(t("evaluasi.evaluator"), nilai.evaluator, "nilai-evaluator")}
    </SimpleGrid>
  );
}
