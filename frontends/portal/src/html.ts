/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** A date or date-time as YYYY-MM-DD, as government pages print them. */
export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
