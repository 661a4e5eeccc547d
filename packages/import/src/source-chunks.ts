/** A chunk of a file: text, or bytes in the file's encoding. */
export type ImportChunk = string | Uint8Array;

/**
 * Where a file comes from: the whole file as text or bytes, or its chunks as a `ReadableStream` (a `fetch`
 * body, a `File`'s `stream()`), an async iterable (a Node.js `fs.createReadStream`) or an iterable.
 */
export type ImportSource =
  | ImportChunk
  | ArrayBuffer
  | ReadableStream<ImportChunk>
  | AsyncIterable<ImportChunk>
  | Iterable<ImportChunk>;

// A whole file given at once is handed to an importer in pieces of this size, so that the entries of one
// piece are yielded before the next is read.
const pieceLength = 65_536;

/** Splits a whole file given at once into pieces of 64 KiB. */
export function* splitWhole(chunk: ImportChunk): Generator<ImportChunk> {
  for (let start = 0; start < chunk.length; start += pieceLength) {
    yield chunk.slice(start, start + pieceLength);
  }
}

function isReadableStream(source: object): source is ReadableStream<ImportChunk> {
  return typeof (source as { getReader?: unknown }).getReader === 'function';
}

/** Reads the chunks of a source, whatever its kind, in order. */
export async function* readChunks(source: ImportSource): AsyncGenerator<ImportChunk> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    yield* splitWhole(source);
    return;
  }
  if (source instanceof ArrayBuffer) {
    yield* splitWhole(new Uint8Array(source));
    return;
  }
  if (isReadableStream(source)) {
    // Read through a reader rather than `for await`, which not every browser's ReadableStream supports.
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source as AsyncIterable<ImportChunk> | Iterable<ImportChunk>;
}
