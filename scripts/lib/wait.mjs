// Polls an HTTP endpoint until it answers 2xx.
export async function waitForHttp(url, { timeoutMs = 60_000, intervalMs = 250, isStopping = () => false } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isStopping()) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  if (!isStopping()) throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}
