import { Select, TextInput } from "@mantine/core";

/** An inline-edit cell: a small input labelled for screen readers, its error shown under it. */
export function SelTeks(props: {
  label: string;
  value: string;
  error: string | undefined;
  placeholder?: string;
  onChange(v: string): void;
}) {
  return (
    <TextInput
      size="xs"
      aria-label={props.label}
      value={props.value}
      placeholder={props.placeholder}
      error={props.error || undefined}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

export function SelJenis(props: {
  label: string;
  data: Array<{ value: string; label: string }>;
  value: string;
  error: string | undefined;
  onChange(v: string): void;
}) {
  return (
    <Select
      size="xs"
      aria-label={props.label}
      data={props.data}
      value={props.value}
      allowDeselect={false}
      error={props.error || undefined}
      onChange={(v) => v && props.onChange(v)}
    />
  );
}
