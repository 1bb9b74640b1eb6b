/**
 * A small bar chart as inline SVG (the web bundle carries no chart library; echarts is a server-side package here,
 * ADR 0018). Values labelled in id-ID as given; one bar can be highlighted (the weakest unsur).
 */
export function GrafikBatang(props: {
  label: string[];
  nilai: number[];
  tampil: string[];
  min: number;
  maks: number;
  sorot?: number;
  judul: string;
}) {
  const { label, nilai, tampil, min, maks, sorot, judul } = props;
  const lebar = 40 * label.length + 30;
  const tinggi = 180;
  const dasar = 150;
  const skala = (v: number) => ((Math.max(min, Math.min(maks, v)) - min) / (maks - min)) * 120;
  return (
    <svg viewBox={`0 0 ${lebar} ${tinggi}`} width="100%" role="img" aria-label={judul} style={{ maxHeight: 240 }}>
      {[min, (min + maks) / 2, maks].map((g) => (
        <g key={g}>
          <line x1={24} x2={lebar} y1={dasar - skala(g)} y2={dasar - skala(g)} stroke="#dee2e6" />
          <text x={20} y={dasar - skala(g) + 4} fontSize={9} textAnchor="end" fill="#868e96">
            {String(g).replace(".", ",")}
          </text>
        </g>
      ))}
      {nilai.map((v, i) => {
        const x = 30 + i * 40;
        const h = skala(v);
        return (
          <g key={label[i]}>
            <rect x={x} y={dasar - h} width={28} height={h} fill={i === sorot ? "#f76707" : "#228be6"} rx={2} />
            <text x={x + 14} y={dasar - h - 4} fontSize={9} textAnchor="middle" fill="#212529">
              {tampil[i]}
            </text>
            <text x={x + 14} y={dasar + 14} fontSize={10} textAnchor="middle" fill="#495057">
              {label[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
