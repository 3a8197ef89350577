/**
 * Server-sent events from /api/pages/events: the server announces each new warehouse, the page
 * reloads its figures. EventSource reconnects by itself; nothing is polled.
 */
export function listenForWarehouse(onNewWarehouse: () => void): EventSource {
  const source = new EventSource('/api/pages/events');
  source.addEventListener('warehouse', onNewWarehouse);
  return source;
}
