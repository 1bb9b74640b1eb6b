/** CSS of the HTML preview: A4-proportioned sheets, serif body text, bordered tables, highlighted gaps. */
export const GAYA_HTML = `
body{margin:0;background:#e9ecef;font-family:"Times New Roman","Liberation Serif","DejaVu Serif",serif;color:#111}
.laporan{padding:24px 0}
.halaman{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.2);margin:0 auto 24px;padding:3cm 3cm 3cm 4cm;box-sizing:border-box}
.halaman.potret{width:21cm;min-height:29.7cm}.halaman.lanskap{width:29.7cm;min-height:21cm}
p{margin:.5em 0;line-height:1.5;text-align:justify}p.inden{text-indent:1.25cm}
p.r-tengah{text-align:center}p.r-kanan{text-align:right}p.r-kiri{text-align:left}
p.judul-sampul{font-size:20pt;font-weight:bold;text-align:center}p.subjudul-sampul{font-size:14pt;font-weight:bold}
p.tebal,.tebal{font-weight:bold}p.kecil{font-size:10pt}
h1{font-size:14pt;text-align:center;margin:1.4em 0 1em}h2,h3{font-size:12pt;margin:1.2em 0 .6em}h4{font-size:12pt;font-style:italic;margin:1em 0 .5em}
h1.baru{border-top:1px dashed #bbb;padding-top:1em}
ul.butir{list-style:none;padding-left:.6cm;margin:.4em 0}ul.butir li{display:flex;gap:.5em;line-height:1.5;margin:.2em 0;text-align:justify}
ul.butir li.t1{padding-left:1.4em}ul.butir .label{min-width:1.6em;flex:none}
table.tabel{width:100%;border-collapse:collapse;font-size:10.5pt;margin:.8em 0 .2em;table-layout:fixed}
table.tabel.kecil{font-size:9pt}table.tabel th,table.tabel td{border:1px solid #000;padding:3px 5px;vertical-align:middle;overflow-wrap:anywhere}
table.tabel th{background:#e7edf5}table.tabel caption{font-weight:bold;padding:.4em;font-size:11pt}
table.polos td{border:none;font-size:12pt}
td.r-kanan{text-align:right}td.r-tengah,th.r-tengah{text-align:center}
p.sumber{font-size:9pt;font-style:italic;margin-top:.2em}
figure{margin:1em 0;text-align:center}figure .grafik svg{max-width:100%;height:auto}figcaption{font-weight:bold;font-size:11pt}
mark.hilang{background:#fff1a8;color:#a00000;font-weight:bold}
.lencana{font:bold 9pt sans-serif;background:#dde7f3;color:#1f4e79;border-radius:3px;padding:1px 5px;margin-left:6px}
.lencana.basi{background:#fde2e1;color:#a00000}
.ttd{margin-top:1.5em;break-inside:avoid}.ttd .kolom{display:flex;justify-content:space-between;text-align:center}
.ttd-1 .kolom{justify-content:flex-end}.ttd-1 .kolom>div{width:55%}.ttd-2 .kolom>div{width:48%}
.ttd p{text-align:center;margin:.1em 0;line-height:1.3}.ttd .ruang{height:2.2cm}.ttd .nama{text-decoration:underline;font-weight:bold}
.ttd p.tanggal.kanan{margin-left:45%}
ul.daftar-isi,ol.daftar-otomatis{list-style:none;padding:0}ul.daftar-isi li.t2{padding-left:1.2em}ul.daftar-isi li.t3{padding-left:2.4em}ul.daftar-isi li.t4{padding-left:3.6em}
hr.halaman{border:none;border-top:1px dashed #bbb;margin:1.5em 0}
@media print{body{background:#fff}.halaman{box-shadow:none;margin:0;page-break-after:always}.lencana{display:none}}
`;
