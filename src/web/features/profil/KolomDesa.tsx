import { NumberInput, Table, Text } from "@mantine/core";
import { type MessageKey } from "../../i18n/messages";
import { angkaId, type DesaMasukan, pendudukLp, type TotalDesa } from "./profil-masukan";

type KolomHa = "luasHa" | "perkebunanHa" | "pertanianHa" | "perumahanHa";
type KolomBulat = "dusun" | "kk" | "pendudukL" | "pendudukP";

/** A numeric column of the desa table: hectares (decimal), a count, or L+P (computed, never typed). */
export type KolomDesa =
  | { f: KolomHa; label: MessageKey; ha: true }
  | { f: KolomBulat; label: MessageKey; ha?: false }
  | { f: "penduduk"; label: MessageKey; ha?: false };

/** The numeric columns of the desa table, in the order of the Bab I table. */
export const KOLOM_DESA: KolomDesa[] = [
  { f: "luasHa", label: "profil.luas", ha: true },
  { f: "dusun", label: "profil.dusun" },
  { f: "kk", label: "profil.kk" },
  { f: "pendudukL", label: "profil.l" },
  { f: "pendudukP", label: "profil.p" },
  { f: "penduduk", label: "profil.lp" },
  { f: "perkebunanHa", label: "profil.perkebunan", ha: true },
  { f: "pertanianHa", label: "profil.pertanian", ha: true },
  { f: "perumahanHa", label: "profil.perumahan", ha: true },
];

/** A total row of the desa editor (the live one while typing, or the server's after saving). */
export function BarisTotalDesa(props: { total: TotalDesa; label: string; testId: string; redup?: boolean }) {
  const x = props.total;
  return (
    <Table.Tr fw={700} c={props.redup ? "dimmed" : undefined} data-testid={props.testId}>
      <Table.Td />
      <Table.Td>{props.label}</Table.Td>
      {KOLOM_DESA.map((k) => (
        <Table.Td key={k.f} ta="right" data-testid={`${props.testId}-${k.f}`}>
          {angkaId(x[k.f])}
        </Table.Td>
      ))}
      <Table.Td />
    </Table.Tr>
  );
}

/**
 * One numeric cell of a desa row: hectares typed the id-ID way (13,5 / 1.234) and kept as a machine decimal string,
 * counts as integers, L+P shown and never typed.
 */
export function SelDesa(props: {
  kolom: KolomDesa;
  baris: DesaMasukan;
  i: number;
  label: string;
  galat: string | undefined;
  ubah(set: Partial<DesaMasukan>): void;
}) {
  const { kolom: k, baris: r, i } = props;
  if (k.f === "penduduk") {
    return (
      <Text size="sm" data-testid={`desa-${i}-penduduk`}>
        {angkaId(pendudukLp(r))}
      </Text>
    );
  }
  const f = k.f;
  if (k.ha) {
    return (
      <NumberInput
        size="xs"
        hideControls
        allowNegative={false}
        decimalSeparator=","
        thousandSeparator="."
        valueIsNumericString
        aria-label={`${props.label} ${r.nama || i + 1}`}
        data-testid={`desa-${i}-${k.f}`}
        value={r[k.f] ?? ""}
        error={props.galat}
        onValueChange={(v, info) => info.source === "event" && props.ubah({ [f]: v.value === "" ? null : v.value })}
      />
    );
  }
  return (
    <NumberInput
      size="xs"
      hideControls
      allowNegative={false}
      allowDecimal={false}
      decimalSeparator=","
      thousandSeparator="."
      aria-label={`${props.label} ${r.nama || i + 1}`}
      data-testid={`desa-${i}-${k.f}`}
      value={r[k.f] ?? ""}
      error={props.galat}
      onChange={(v) => props.ubah({ [f]: v === "" || !Number.isFinite(Number(v)) ? null : Number(v) })}
    />
  );
}
