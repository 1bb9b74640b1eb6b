import { Badge, Card, Group, List, Text, Title } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { TombolUbahRencana } from "./TombolUbahRencana";
import type { Perencanaan } from "./tipe";

/** The Pemda's RPJMD the plan works under: visi, its key words, the misi (those the Renstra supports marked). */
export function KartuRpjmd(props: { rpjmd: NonNullable<Perencanaan["rpjmd"]>; ubah(): void }) {
  const { t } = useI18n();
  const { rpjmd } = props;
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={4}>{t("rencana.rpjmd", { awal: rpjmd.tahunAwal, akhir: rpjmd.tahunAkhir })}</Title>
        <TombolUbahRencana jenis="rpjmd" onClick={() => props.ubah()} />
      </Group>
      <Text fw={600} fs="italic" my="xs">
        {t("rencana.visi")}: “{rpjmd.visi}”
      </Text>
      <List size="sm" mb="xs">
        {rpjmd.kataKunci.map((k) => (
          <List.Item key={k.kata}>
            <b>{k.kata}</b>: {k.penjelasan}
          </List.Item>
        ))}
      </List>
      <Text fw={600}>{t("rencana.misi")}</Text>
      <List type="ordered" size="sm">
        {rpjmd.misi.map((m) => (
          <List.Item key={m.nomor}>
            {m.teks}{" "}
            {m.didukung && (
              <Badge size="xs" color="green">
                {t("rencana.didukung")}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
