/** Offers `text` as a JSON file download named `name`, without any permission. */
export function downloadText(doc: Document, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
