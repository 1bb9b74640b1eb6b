/** Minimal typed fetch wrapper; errors carry the server's problem+json title/detail (Indonesian). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) {
    let message = `${res.status}`;
    try {
      const body = (await res.json()) as { title?: string; detail?: string };
      message = [body.title, body.detail].filter(Boolean).join(": ") || message;
    } catch {
      // body was not JSON; keep the status
    }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}
