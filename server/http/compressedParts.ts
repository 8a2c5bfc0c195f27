// Streams a large answer compressed when the client accepts it. The queue snapshot is about 8 MB of
// JSON at 10,000 open requests and repeats the same keys in every item, so it shrinks about sixteenfold:
// on the queue page's first load the browser then spends its time reading the queue, not receiving it
// (docs/benchmarks.md, "Queue"). Fast settings (Brotli quality 1, gzip level 1) cost the hub about
// 20–30 ms of CPU for a 10,000-item snapshot.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Request, Response } from 'express';
import { writeParts } from './writeParts';

const compressorFor = {
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
  gzip: () => createGzip({ level: 1 }),
};

/** Writes every part, compressed if the client accepts Brotli or gzip; stops early if the client goes away. */
export async function writeCompressedParts(req: Request, res: Response, parts: Iterable<string>): Promise<void> {
  res.vary('Accept-Encoding');
  // Brotli when accepted, whatever order the client lists them in: smaller and faster than gzip here.
  const encoding = req.acceptsEncodings('br') === 'br' ? 'br' : req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
  if (encoding === null) return writeParts(res, parts);
  res.setHeader('Content-Encoding', encoding);
  try {
    // The generator is pulled one part at a time as the compressor and the socket take them.
    await pipeline(Readable.from(parts), compressorFor[encoding](), res);
  } catch (error) {
    // A client that leaves mid-answer is not an error of ours; anything else is.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
