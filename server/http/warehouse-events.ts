import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type { Warehouse } from '../../warehouse/client.ts';

/** Keeps idle proxies from closing the stream; no data is read on this timer. */
const HEARTBEAT_MS = 25_000;
/** The ETL writes, then renames: the events of one swap arrive within this of each other. */
const SETTLE_MS = 150;

/**
 * Server-sent events announcing that a new warehouse generation landed (an ETL run renamed its
 * file into place), so pages refresh without polling. The warehouse's folder is watched
 * (inotify) only while a page listens; the event carries no data, only the file's new id.
 */
export class WarehouseEvents {
  private readonly clients = new Set<http.ServerResponse>();
  private watcher?: fs.FSWatcher;
  private heartbeat?: NodeJS.Timeout;
  private settle?: NodeJS.Timeout;
  private lastId: string | null;

  constructor(private readonly warehouse: Warehouse) {
    this.lastId = warehouse.fileId();
  }

  subscribe(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 2000\nevent: hello\ndata: ${JSON.stringify({ fileId: this.lastId })}\n\n`);
    this.clients.add(res);
    req.on('close', () => this.drop(res));
    if (!this.watcher) this.watch();
  }

  /** Ends every stream (the server is shutting down). */
  close(): void {
    for (const res of [...this.clients]) {
      res.end();
      this.drop(res);
    }
  }

  private watch(): void {
    const dir = path.dirname(this.warehouse.path);
    const file = path.basename(this.warehouse.path);
    fs.mkdirSync(dir, { recursive: true });
    this.watcher = fs.watch(dir, (_event, name) => {
      if (name !== file) return;
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.announce(), SETTLE_MS);
    });
    this.heartbeat = setInterval(() => this.send(': keep-alive\n\n'), HEARTBEAT_MS).unref();
  }

  private announce(): void {
    const fileId = this.warehouse.fileId();
    if (fileId === this.lastId) return;
    this.lastId = fileId;
    this.send(`event: warehouse\ndata: ${JSON.stringify({ fileId })}\n\n`);
  }

  private send(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }

  private drop(res: http.ServerResponse): void {
    this.clients.delete(res);
    if (this.clients.size > 0) return;
    this.watcher?.close();
    this.watcher = undefined;
    clearInterval(this.heartbeat);
    clearTimeout(this.settle);
  }
}
