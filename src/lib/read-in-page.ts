/**
 * Reads a body on the page's own main thread, in the shared time slices: where there is no data worker
 * (body-transport.ts says where). Loaded only there, so a browser never fetches it.
 */
import { sha256Hex } from '@/contract/sha256-hex'
import { inSlice } from '@/contract/time-slices'
import type { ReadBody, ReadOptions } from './body-transport'
import { bodyNotJson, fetchBody, joinBytes } from './read-body'

/** Bytes decoded in one piece: pieces of 256 kB took up to 19 ms on this project's busy machines, a long task at a phone's speed. */
const DECODE_PIECE_BYTES = 64 * 1024

/**
 * The bytes as text, in pieces decoded one at a time in the shared slices: a body may come as one chunk
 * of many megabytes (a 17 MB file, before lists came in pages, was decoded in one task of half a second
 * on a phone-speed CPU). The caller joins them in its own piece of work. Stops, with the abort's
 * reason, at the first piece after `signal` aborts.
 */
export async function decodeInSlices(chunks: readonly Uint8Array[], signal?: AbortSignal): Promise<string[]> {
  const decoder = new TextDecoder()
  const parts: string[] = []
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.byteLength; at += DECODE_PIECE_BYTES) {
      parts.push(await inSlice(() => decoder.decode(chunk.subarray(at, at + DECODE_PIECE_BYTES), { stream: true }), { signal }))
    }
  }
  parts.push(decoder.decode())
  return parts
}

/** Fetches `url` and reads, fingerprints (when `hash`) and parses its body; errors are ApiErrors, or the abort's reason. */
export async function readInPage(url: string, { signal, limit, heard, arrived }: ReadOptions, hash: boolean): Promise<ReadBody> {
  // Called in the request's turn to start (src/lib/api-client.ts): the fetch starts before the first await.
  const bytes = await fetchBody(url, { limit, signal, heard })
  arrived()
  // The hash is computed while the text is decoded; decoding and parsing share one budget of time
  // slices with every other body (src/contract/time-slices.ts).
  const digest = hash ? sha256Hex(joinBytes(bytes)).catch(() => null) : null
  // A cancelled request stops at the next piece, rather than decoding and parsing a body no one will read.
  const text = await decodeInSlices(bytes, signal)
  let body: unknown
  try {
    // One piece of the shared slices to itself, with joining the text: files that arrive together are
    // not all parsed in one task, and a large one (a list's page is up to about 800 kB, endpoints.ts)
    // not at the end of a slice already spent. A small one costs only a task more.
    body = await inSlice(() => JSON.parse(text.join('')) as unknown, { alone: true, signal })
  } catch (cause) {
    if (signal.aborted) throw cause
    throw bodyNotJson(url)
  }
  return { body, digest: await digest }
}
