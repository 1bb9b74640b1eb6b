/**
 * A readable API reference rendered on the server from the OpenAPI document: no CDN script, works offline and
 * under a strict CSP. Lists each operation with its parameters, request body and responses.
 */
interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

function schemaText(schema: unknown): string {
  return esc(JSON.stringify(schema, null, 2) ?? "");
}

export function renderReferencePage(doc: OpenApiDoc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Lainnya";
      const params = (op.parameters ?? [])
        .map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ", wajib" : ""})</li>`)
        .join("");
      const body = op.requestBody?.content
        ? Object.entries(op.requestBody.content)
            .map(
              ([type, c]) =>
                `<details><summary>Body ${esc(type)}</summary><pre>${schemaText(c.schema)}</pre></details>`,
            )
            .join("")
        : "";
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([code, r]) =>
            `<li><b>${esc(code)}</b> ${esc(r.description ?? "")}${
              r.content
                ? Object.values(r.content)
                    .map((c) => `<details><summary>skema</summary><pre>${schemaText(c.schema)}</pre></details>`)
                    .join("")
                : ""
            }</li>`,
        )
        .join("");
      const html = `<section class="op"><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(
        path,
      )}</code></h3><p>${esc(op.summary ?? "")}</p>${params ? `<h4>Parameter</h4><ul>${params}</ul>` : ""}${body}<h4>Respons</h4><ul>${responses}</ul></section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "id"))
    .map(([tag, ops]) => `<h2 id="${esc(tag)}">${esc(tag)}</h2>${ops.join("")}`)
    .join("");
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => `<details><summary><code>${esc(name)}</code></summary><pre>${schemaText(s)}</pre></details>`)
    .join("");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Referensi API — ${esc(doc.info.title)}</title><style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1b1e}
.op{border:1px solid #dee2e6;border-radius:8px;padding:.5rem 1rem;margin:.75rem 0}
.m{display:inline-block;min-width:4rem;text-align:center;border-radius:4px;color:#fff;background:#1c7ed6;font-size:.8rem;padding:2px 6px}
.m.post{background:#2f9e44}.m.put,.m.patch{background:#f08c00}.m.delete{background:#e03131}
pre{background:#f8f9fa;padding:.5rem;overflow:auto;font-size:.8rem}</style></head><body>
<h1>Referensi API ${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description ?? "")} Dokumen mesin: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
${sections}<h2>Skema</h2>${schemas}</body></html>`;
}
