/** A small SVG trend line (no chart library): one point per year, missing years leave a gap. */
export function Sparkline({
  nilai,
  warna = "#1c7ed6",
  lebar = 120,
  tinggi = 32,
  label,
}: {
  nilai: Array<string | null>;
  warna?: string;
  lebar?: number;
  tinggi?: number;
  label: string;
}) {
  // Plotting only (pixel positions); the numbers shown elsewhere are the exact decimals from the server.
  const angka = nilai.map((v) => (v === null ? null : Number(v)));
  const ada = angka.filter((v): v is number => v !== null);
  if (ada.length === 0) return <svg width={lebar} height={tinggi} role="img" aria-label={label} />;
  const min = Math.min(...ada);
  const max = Math.max(...ada);
  const x = (i: number) => (angka.length === 1 ? lebar / 2 : 4 + (i * (lebar - 8)) / (angka.length - 1));
  const y = (v: number) => (max === min ? tinggi / 2 : tinggi - 4 - ((v - min) * (tinggi - 8)) / (max - min));
  const ruas: string[] = [];
  let sekarang: string[] = [];
  angka.forEach((v, i) => {
    if (v === null) {
      if (sekarang.length) ruas.push(sekarang.join(" "));
      sekarang = [];
    } else sekarang.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (sekarang.length) ruas.push(sekarang.join(" "));
  return (
    <svg width={lebar} height={tinggi} role="img" aria-label={label} data-testid="sparkline">
      {ruas.map((p) => (
        <polyline key={p} points={p} fill="none" stroke={warna} strokeWidth={1.8} />
      ))}
      {angka.map((v, i) =>
        v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={i === angka.length - 1 ? 2.8 : 1.8} fill={warna} />,
      )}
    </svg>
  );
}
