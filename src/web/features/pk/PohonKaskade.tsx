import { Alert, Badge, Box, Group, List, Stack, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import type { Kaskade, SimpulKaskade } from "./tipe";

const WARNA_LEVEL: Record<string, string> = { "kepala-opd": "blue", "eselon-iii": "grape", "eselon-iv": "teal" };
const LABEL_LEVEL: Record<string, MessageKey> = {
  "kepala-opd": "pk.levelSingkat.kepala-opd",
  "eselon-iii": "pk.levelSingkat.eselon-iii",
  "eselon-iv": "pk.levelSingkat.eselon-iv",
};

/** The cascade as an indented tree (Kepala Daerah → Kepala OPD → eselon III → eselon IV) with gap badges. */
export function PohonKaskade({ data }: { data: Kaskade }) {
  const { t } = useI18n();
  const labelLevel = (level: string) => {
    const k = LABEL_LEVEL[level];
    return k ? t(k) : level;
  };
  const simpul = (s: SimpulKaskade, dalam: number): React.ReactNode => (
    <Box
      key={s.id}
      pl={dalam * 24}
      py={4}
      style={{ borderLeft: dalam ? "2px solid var(--mantine-color-gray-3)" : undefined }}
    >
      <Group
        gap="xs"
        wrap="nowrap"
        align="flex-start"
        data-testid={`kaskade-${s.jenis === "kepala-daerah" ? "akar" : s.id}`}
      >
        {s.level && (
          <Badge size="xs" color={WARNA_LEVEL[s.level] ?? "gray"} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {labelLevel(s.level)}
          </Badge>
        )}
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {s.label}
          </Text>
          <Text size="xs" c="dimmed">
            {s.pejabat}
            {s.indikator ? ` · ${s.indikator}: ${s.target ?? "—"} ${s.satuan ?? ""}` : ""}
          </Text>
          {s.rincian.map((r) => (
            <Text key={r.sasaran + r.indikator} size="xs" pl="sm">
              ↳ {r.sasaran} · {r.indikator}: {r.target ?? "—"} {r.satuan}
            </Text>
          ))}
        </Stack>
        {s.celah.map((c) => (
          <Badge key={c} color="red" size="xs" tt="none" style={{ flexShrink: 0 }} data-testid="celah">
            {t(`pk.celah.${c}` as MessageKey)}
          </Badge>
        ))}
      </Group>
      {s.anak.map((a) => simpul(a, 1))}
    </Box>
  );
  return (
    <Stack data-testid="kaskade">
      {data.celah.length === 0 ? (
        <Alert color="green" variant="light">
          {t("pk.tanpaCelah")}
        </Alert>
      ) : (
        <Alert color="orange" title={t("pk.celah")}>
          <List size="sm">
            {data.celah.map((c, i) => (
              <List.Item key={`${c.id}-${c.celah}-${i}`}>
                {c.label} — {c.pejabat} ({t(`pk.celah.${c.celah}` as MessageKey)})
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {simpul(data.pohon, 0)}
    </Stack>
  );
}
