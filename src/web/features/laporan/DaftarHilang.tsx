import { Anchor, Badge, Group, List, Text } from "@mantine/core";
import { Link } from "react-router";
import { useI18n } from "../../i18n/i18n";
import type { ModulData, RingkasanLaporan } from "./tipe";

/** What the document marks "[Data belum tersedia]", each linked to the module where it is entered. */
export function DaftarHilang({
  data,
  query,
  keTeks,
}: {
  data: RingkasanLaporan;
  /** "?opd=…&tahun=…" for links to the other modules. */
  query: string;
  keTeks(kode: string): void;
}) {
  const { t } = useI18n();
  if (data.hilang.length === 0) return <Text c="dimmed">{t("laporan.hilang.kosong")}</Text>;
  const label = (m: ModulData) => t(`laporan.modul.${m}`);
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t("laporan.hilang.intro")}
      </Text>
      <List spacing="xs" data-testid="daftar-hilang">
        {data.hilang.map((h) => (
          <List.Item key={h.kunci}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{h.teks}</Text>
              <Badge variant="light" size="sm">
                {label(h.modul)}
              </Badge>
              {h.modul === "laporan" ? (
                <Anchor
                  size="sm"
                  component="button"
                  type="button"
                  onClick={() => keTeks(h.kunci.replace(/^teks:/, ""))}
                >
                  {t("laporan.hilang.buka", { modul: label(h.modul) })}
                </Anchor>
              ) : (
                <Anchor size="sm" component={Link} to={`/${h.modul}${query}`}>
                  {t("laporan.hilang.buka", { modul: label(h.modul) })}
                </Anchor>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </>
  );
}
