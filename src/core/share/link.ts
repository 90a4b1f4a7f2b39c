/**
 * The share link: the whole builder state in the URL fragment, so a link restores it and nothing
 * a user types is sent to any server (browsers never send the fragment). Format: `v1.` followed by
 * base64url of raw-deflated JSON holding only the fields that differ from the defaults.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate'
import { parseConfig } from '../config/parse'
import { DEFAULT_CONFIG } from '../config/types'
import type { Config } from '../config/types'
import { decodeBase64Url, encodeBase64Url } from './base64url'

export interface ShareState {
  readonly config: Config
  /** A pasted policy; travels only when the user opts in, since policies carry account IDs. */
  readonly policy?: string
}

export type DecodeResult = { ok: true; state: ShareState } | { ok: false; error: string }

const VERSION_PREFIX = 'v1.'
/** Larger inflated payloads are refused: no real state comes near it, a crafted link might. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024

/** Encodes the state as a URL fragment (without the leading `#`). */
export function encodeShareState(state: ShareState): string {
  const changed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(state.config)) {
    const base = DEFAULT_CONFIG[key as keyof Config]
    if (JSON.stringify(value) !== JSON.stringify(base)) changed[key] = value
  }
  const payload = { c: changed, ...(state.policy !== undefined && { p: state.policy }) }
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 })
  return VERSION_PREFIX + encodeBase64Url(bytes)
}

/** Decodes a fragment (with or without `#`); any damage gives an error, never an exception. */
export function decodeShareState(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (!text.startsWith(VERSION_PREFIX)) {
    return { ok: false, error: 'This link was not made by this tool, or by a newer version.' }
  }
  const bytes = decodeBase64Url(text.slice(VERSION_PREFIX.length))
  if (!bytes)
    return {
      ok: false,
      error:
        'This link is damaged or cut short: it has characters a link of this tool never holds.',
    }

  let json: unknown
  try {
    json = JSON.parse(strFromU8(inflateBounded(bytes)))
  } catch {
    return { ok: false, error: 'This link is damaged or cut short: its contents cannot be read.' }
  }
  return stateFromJson(json)
}

/** Inflates raw deflate data, refusing output beyond MAX_INFLATED_BYTES (a deflate bomb). */
function inflateBounded(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > MAX_INFLATED_BYTES) throw new Error('inflated payload too large')
    chunks.push(chunk)
    ended = final
  })
  const step = 16 * 1024
  for (let i = 0; i < bytes.length; i += step) {
    inflater.push(bytes.subarray(i, i + step), i + step >= bytes.length)
  }
  if (!ended) throw new Error('truncated deflate stream')
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function stateFromJson(json: unknown): DecodeResult {
  if (typeof json !== 'object' || json === null || !('c' in json)) {
    return { ok: false, error: 'This link is damaged: it holds no configuration.' }
  }
  const { c, p } = json as { c: unknown; p?: unknown }
  const parsed = parseConfig(c)
  if (!parsed.ok)
    return { ok: false, error: `This link's configuration is invalid: ${parsed.error}` }
  if (p !== undefined && typeof p !== 'string') {
    return { ok: false, error: 'This link is damaged: its policy is not text.' }
  }
  return { ok: true, state: { config: parsed.value, ...(p !== undefined && { policy: p }) } }
}

/** Extracts the fragment from a full URL, a `#...` string or a bare fragment. */
export function fragmentOf(linkOrFragment: string): string {
  const hash = linkOrFragment.indexOf('#')
  return hash >= 0 ? linkOrFragment.slice(hash + 1) : linkOrFragment
}
