import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { BuktiKriteria } from "./BuktiKriteria";
import { type BarisKriteria, type JalurLke, KODE_JAWABAN, type LembarLke, type NilaiLke, type Sisi } from "./tipe";

/** What the worksheet and each of its kriteria cards take. */
export interface PropsLembar {
  lembar: LembarLke;
  jalur: JalurLke;
  /** Side the signed-in user may edit now (status and permission), or null. */
  sisi: Sisi | null;
  bolehCatatan: boolean;
  onNilai(n: NilaiLke, versi: number): void;
  onMuatUlang(): void;
  onGalat(pesan: string): void;
}

/** One side's answer (letter and reason) as read. */
function Jawaban({ label, j, alasan }: { label: string; j: string | null; alasan: string | null }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={6}>
        <Badge variant="light" color={j ? "blue" : "gray"}>
          {j ?? "–"}
        </Badge>
      </Group>
      {alasan && <Text size="xs">{alasan}</Text>}
    </Stack>
  );
}
/** One kriteria: both sides' answers, the editing side's answer form, and its evidence. */
export function KartuKriteria(p: PropsLembar & { k: BarisKriteria }) {
  const { t } = useI18n();
  const { k, sisi } = p;
  const asal = sisi ? k[sisi] : null;
  const [jawaban, setJawaban] = useState<string | null>(asal?.jawaban ?? null);
  const [alasan, setAlasan] = useState(asal?.alasan ?? "");
  const [catatan, setCatatan] = useState(k.catatan ?? "");
  const [sibuk, setSibuk] = useState(false);
  const [ok, setOk] = useState(false);
  const simpan = () => {
    if (!sisi) return;
    setSibuk(true);
    jawab(
      klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/lke/{tahun}/jawaban", {
        params: { path: p.jalur },
        body: {
          sisi,
          versi: p.lembar.versi,
          jawaban: [
            {
              kode: k.kode,
              jawaban,
              alasan: alasan || null,
              ...(sisi === "evaluator" ? { catatan: catatan || null } : {}),
            },
          ],
        },
      }),
    ).then(
      (r) => {
        setSibuk(false);
        setOk(true);
        p.onNilai(r.nilai, r.versi);
      },
      (e: Error) => {
        setSibuk(false);
        p.onGalat(e.message);
      },
    );
  };
  return (
    <Paper
      withBorder
      p="sm"
      bg={k.berbeda ? "var(--mantine-color-orange-light)" : undefined}
      data-testid={`kriteria-${k.kode}`}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="outline" tt="none" style={{ flexShrink: 0 }}>
            {k.kode}
          </Badge>
          <Text size="sm" style={{ flex: 1 }}>
            {k.uraian}
          </Text>
          {k.berbeda && (
            <Badge color="orange" style={{ flexShrink: 0 }}>
              {t("evaluasi.berbeda")}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Jawaban label={t("evaluasi.mandiri")} j={k.mandiri.jawaban} alasan={k.mandiri.alasan} />
          <Jawaban label={t("evaluasi.evaluator")} j={k.evaluator.jawaban} alasan={k.evaluator.alasan} />
        </SimpleGrid>
        {k.catatan && sisi !== "evaluator" && (
          <Text size="xs" c="dimmed">
            {t("evaluasi.catatan")}: {k.catatan}
          </Text>
        )}
        {sisi && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              size="xs"
              w={100}
              label={t("evaluasi.jawaban")}
              data={[...KODE_JAWABAN]}
              value={jawaban}
              onChange={(v) => {
                setJawaban(v);
                setOk(false);
              }}
              clearable
              data-testid={`jawaban-${k.kode}`}
            />
            <Textarea
              size="xs"
              label={t("evaluasi.alasan")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: 180 }}
            />
            {sisi === "evaluator" && (
              <Textarea
                size="xs"
                label={t("evaluasi.catatan")}
                value={catatan}
                onChange={(e) => setCatatan(e.currentTarget.value)}
                autosize
                minRows={1}
                style={{ flex: 1, minWidth: 180 }}
              />
            )}
            <Button
              size="xs"
              onClick={simpan}
              loading={sibuk}
              leftSection={ok ? <IconCheck size={14} /> : undefined}
              data-testid={`simpan-${k.kode}`}
            >
              {t("evaluasi.simpan")}
            </Button>
          </Group>
        )}
        <BuktiKriteria
          k={k}
          jalur={p.jalur}
          dapatUbah={sisi !== null}
          onMuatUlang={p.onMuatUlang}
          onGalat={p.onGalat}
        />
      </Stack>
    </Paper>
  );
}
