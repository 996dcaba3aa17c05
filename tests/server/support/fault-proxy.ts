import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy that misbehaves like a weak mobile link: it splits writes into small pieces, delays
 * them (in order), and cuts connections at random points, including in the middle of a frame.
 * `calm()` turns the faults off so a test can check that everything converges afterwards.
 */
export class FaultProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private faulty = true;
  cuts = 0;
  /** Bytes client → server and server → client, TCP payload (WebSocket framing included). */
  bytesUp = 0;
  bytesDown = 0;

  constructor(
    private readonly target: { host: string; port: number },
    private readonly random: () => number,
    private readonly options = { cutPerChunk: 0.02, maxDelayMs: 8, maxPiece: 64 },
  ) {}

  async start(): Promise<number> {
    this.server = createServer((client) => this.handle(client));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server?.address() as AddressInfo).port;
  }

  calm(): void {
    this.faulty = false;
  }

  rough(): void {
    this.faulty = true;
  }

  /** Cuts every open connection now. */
  cutAll(): void {
    for (const s of this.sockets) s.destroy();
  }

  async stop(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const cut = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', () => {
      this.sockets.delete(client);
      upstream.destroy();
    });
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    client.on('error', cut);
    upstream.on('error', cut);
    client.on('data', (d: Buffer) => (this.bytesUp += d.length));
    upstream.on('data', (d: Buffer) => (this.bytesDown += d.length));
    this.pipe(client, upstream, cut);
    this.pipe(upstream, client, cut);
  }

  private pipe(from: Socket, to: Socket, cut: () => void): void {
    let chain = Promise.resolve();
    from.on('data', (data: Buffer) => {
      chain = chain.then(async () => {
        if (to.destroyed) return;
        if (!this.faulty) {
          to.write(data);
          return;
        }
        // (faults below)
        let at = 0;
        while (at < data.length) {
          const piece = 1 + Math.floor(this.random() * this.options.maxPiece);
          if (this.random() < this.options.cutPerChunk) {
            // Deliver part of the frame, then drop the link.
            to.write(data.subarray(at, at + Math.floor(piece / 2)));
            this.cuts++;
            cut();
            return;
          }
          to.write(data.subarray(at, at + piece));
          at += piece;
          const delay = Math.floor(this.random() * this.options.maxDelayMs);
          if (delay > 0) await new Promise((r) => setTimeout(r, delay));
          if (to.destroyed) return;
        }
      });
    });
  }
}
